package org.newskg.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.newskg.KgException;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links entities to English Wikipedia articles (and so to DBpedia IRIs) with CoreNLP's wikidict.
 * The names an entity goes by vote for the titles the dictionary gives them, weighted by their
 * mentions and by P(title | name), and a shorter name within a title abstains on it (see {@link
 * #link}); an entity is linked only when the winning title's confidence is at least {@link
 * #THRESHOLD} and the title fits the names ({@link TitleFit#fits}).
 */
public final class EntityLinker {
  private static final Logger LOG = LoggerFactory.getLogger(EntityLinker.class);
  static final double THRESHOLD = 0.5;
  static final String ENTRY = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

  /** A link: the Wikipedia title, the confidence, and a sentence saying which names voted. */
  record Link(String title, double confidence, String evidence) {}

  private final Wikidict dict;
  private final String description;

  private EntityLinker(Wikidict dict, String description) {
    this.dict = dict;
    this.description = description;
  }

  /** Loads wikidict from a {@code wikidict.tab.gz} file or from the kbp models jar holding it. */
  public static EntityLinker wikidict(Path file) {
    long t0 = System.nanoTime();
    Wikidict dict;
    try {
      if (file.getFileName().toString().endsWith(".jar")) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
          ZipEntry entry = zip.getEntry(ENTRY);
          if (entry == null) {
            throw new KgException(file + " holds no " + ENTRY);
          }
          try (InputStream in = zip.getInputStream(entry)) {
            dict = Wikidict.read(in, 18_000_000);
          }
        }
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          dict = Wikidict.read(in, 18_000_000);
        }
      }
    } catch (IOException e) {
      throw new KgException("cannot read wikidict from " + file + ": " + e.getMessage(), e);
    }
    String description =
        "wikidict (%s, %,d names, loaded in %.0f s)"
            .formatted(file.getFileName(), dict.size(), (System.nanoTime() - t0) / 1e9);
    LOG.info("{}", description);
    return new EntityLinker(dict, description);
  }

  /**
   * Where wikidict is found without being told: on the classpath (built with {@code -Pwikidict}),
   * or in the local Maven repository.
   */
  public static Optional<Path> findWikidict() {
    Path m2 =
        Path.of(System.getProperty("user.home"), ".m2", "repository", "edu", "stanford", "nlp",
            "stanford-corenlp", "4.5.10", "stanford-corenlp-4.5.10-models-english-kbp.jar");
    if (Files.isRegularFile(m2)) {
      return Optional.of(m2);
    }
    try {
      var url = EntityLinker.class.getClassLoader().getResource(ENTRY);
      if (url != null && url.getProtocol().equals("jar")) {
        String path = url.getPath();
        return Optional.of(Path.of(java.net.URI.create(path.substring(0, path.indexOf('!')))));
      }
    } catch (RuntimeException e) {
      LOG.debug("wikidict on the classpath not usable: {}", e.getMessage());
    }
    return Optional.empty();
  }

  public String description() {
    return description;
  }

  /**
   * The title the names of one entity support, if they support one well enough. Each title a name
   * leads to is a candidate; the names that lead to it vote for it, weighted by their mentions and
   * P(title | name); a name that leads elsewhere, or nowhere, counts against it, unless it is a
   * short form of it ({@link TitleFit#isShortFormOf}), or leads nowhere and has the title's words
   * in other capitals ("ROSA VENTRELL"): then it abstains. The confidence is the
   * votes over the mentions that did not abstain; the most confident candidate wins (then the one
   * with more votes, then the first title).
   */
  Optional<Link> link(EntityType type, String canonical, Map<String, Integer> surfaces) {
    Map<String, Integer> names = new TreeMap<>();
    names.merge(canonical, 1, Integer::sum);
    surfaces.forEach((s, n) -> names.merge(Names.bare(s), n, Integer::sum));
    Map<String, Wikidict.Entry> hits = new TreeMap<>();
    int total = 0;
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      total += e.getValue();
      lookup(e.getKey()).ifPresent(hit -> hits.put(e.getKey(), hit));
    }
    Candidate best = null;
    for (String title : new TreeSet<>(hits.values().stream().map(Wikidict.Entry::title).toList())) {
      Candidate c = candidate(title, names, hits, total);
      if (best == null || c.betterThan(best)) {
        best = c;
      }
    }
    LOG.debug("{} '{}' {}: {}", type, canonical, names, best);
    if (best == null
        || best.confidence() < THRESHOLD
        || !TitleFit.fits(type, canonical, names.keySet(), best.title())) {
      return Optional.empty();
    }
    String abstained =
        best.abstained().isEmpty()
            ? ""
            : "; shorter names in the title abstain: " + String.join(", ", best.abstained());
    return Optional.of(
        new Link(
            best.title(),
            Math.round(best.confidence() * 1000) / 1000.0,
            "wikidict: %s of %d name(s)%s"
                .formatted(String.join(", ", best.voters()), names.size(), abstained)));
  }

  /** A title with the names that vote for it and those that abstain. */
  private record Candidate(
      String title, double votes, double confidence, List<String> voters, List<String> abstained) {
    boolean betterThan(Candidate other) {
      return confidence > other.confidence
          || (confidence == other.confidence && votes > other.votes);
    }
  }

  private static Candidate candidate(
      String title, Map<String, Integer> names, Map<String, Wikidict.Entry> hits, int total) {
    double votes = 0;
    int abstaining = 0;
    List<String> voters = new ArrayList<>();
    List<String> abstained = new ArrayList<>();
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      Wikidict.Entry hit = hits.get(e.getKey());
      if (hit != null && hit.title().equals(title)) {
        votes += e.getValue() * hit.score();
        voters.add("'%s' → %.2f".formatted(e.getKey(), hit.score()));
      } else if (TitleFit.isShortFormOf(e.getKey(), title)
          || (hit == null && TitleFit.spellsTitle(e.getKey(), title))) {
        // a short form, or the title's own words the dictionary does not know in these capitals
        abstaining += e.getValue();
        abstained.add("'" + e.getKey() + "'");
      }
    }
    return new Candidate(title, votes, votes / (total - abstaining), voters, abstained);
  }

  /** The dictionary's title for the first spelling of a name it knows ({@link #spellings}). */
  private Optional<Wikidict.Entry> lookup(String name) {
    for (String spelling : spellings(name)) {
      Optional<Wikidict.Entry> hit = dict.lookup(spelling);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /**
   * The spellings of a name to look up, in order: the name; with "the" before it; with the spaces
   * around its hyphens dropped (tokenised text writes "WXYZ - TV" for "WXYZ-TV"); with its words
   * of four capitals or more written as Wikipedia's titles write most names ("ACME Bank" as "Acme
   * Bank"; shorter ones are mostly acronyms). Never lower case: a name in lower case is mostly a
   * common noun to the dictionary ("court", "australia").
   */
  static List<String> spellings(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    if (!name.startsWith("the ")) {
      out.add("the " + name);
    }
    String joined = name.replaceAll("(?<=\\S) - (?=\\S)", "-");
    out.add(joined);
    StringBuilder cased = new StringBuilder();
    for (String word : joined.split(" ", -1)) {
      cased.append(cased.isEmpty() ? "" : " ");
      cased.append(
          word.matches("\\p{Lu}{4,}")
              ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT)
              : word);
    }
    out.add(cased.toString());
    return List.copyOf(out);
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
