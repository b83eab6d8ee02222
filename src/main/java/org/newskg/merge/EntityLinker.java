package org.newskg.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.newskg.KgException;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links entities to English Wikipedia articles (and so to DBpedia IRIs) with CoreNLP's wikidict.
 * Every name an entity goes by votes for the title the dictionary gives it, weighted by the number
 * of mentions with that name and by P(title | name); a name the dictionary lacks votes for
 * nothing. The confidence is the winning title's share of the votes, and an entity is linked only
 * when it is at least {@link #THRESHOLD} and the title fits the names: a person needs a full name
 * (two words or more) whose first and last words the title contains; other entities need a word
 * in common with the title or to be an acronym of it. Lists and disambiguation pages are never linked.
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

  /** The title the names of one entity support, if they support one well enough. */
  Optional<Link> link(EntityType type, String canonical, Map<String, Integer> surfaces) {
    Map<String, Integer> names = new HashMap<>();
    names.merge(canonical, 1, Integer::sum);
    surfaces.forEach((s, n) -> names.merge(Names.bare(s), n, Integer::sum));
    Map<String, Double> votes = new HashMap<>();
    Map<String, String> voters = new HashMap<>();
    double total = 0;
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      total += e.getValue();
      Optional<Wikidict.Entry> hit = dict.lookup(e.getKey());
      if (hit.isEmpty() && !e.getKey().startsWith("the ")) {
        hit = dict.lookup("the " + e.getKey());
      }
      if (hit.isPresent()) {
        votes.merge(hit.get().title(), e.getValue() * hit.get().score(), Double::sum);
        voters.merge(
            hit.get().title(),
            "'%s' → %.2f".formatted(e.getKey(), hit.get().score()),
            (a, b) -> a + ", " + b);
      }
    }
    String best = null;
    for (String title : votes.keySet()) {
      if (best == null
          || votes.get(title) > votes.get(best)
          || (votes.get(title).equals(votes.get(best)) && title.compareTo(best) < 0)) {
        best = title;
      }
    }
    if (best == null || total == 0) {
      return Optional.empty();
    }
    double confidence = votes.get(best) / total;
    if (confidence < THRESHOLD || !fits(type, canonical, names.keySet(), best)) {
      return Optional.empty();
    }
    return Optional.of(
        new Link(
            best,
            Math.round(confidence * 1000) / 1000.0,
            "wikidict: " + voters.get(best) + " of " + names.size() + " name(s)"));
  }

  static boolean fits(EntityType type, String canonical, Set<String> names, String title) {
    if (title.startsWith("List_of") || title.contains("(disambiguation)")) {
      return false;
    }
    Set<String> titleWords = words(title.replaceAll("_\\(.*\\)$", "").replace('_', ' '));
    if (type == EntityType.PERSON) {
      String[] raw = fold(canonical).split("[^a-z0-9]+");
      return raw.length >= 2
          && titleWords.contains(raw[raw.length - 1])
          && titleWords.contains(raw[0]);
    }
    StringBuilder initials = new StringBuilder();
    for (String w : title.replaceAll("_\\(.*\\)$", "").split("[_\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    for (String name : names) {
      Set<String> nameWords = words(name);
      for (String w : nameWords) {
        if (w.length() >= 3 && titleWords.contains(w)) {
          return true;
        }
      }
      String compact = fold(name).replaceAll("[^a-z]", "");
      if (compact.length() >= 2 && compact.equals(initials.toString())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : fold(s).split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
