package org.newskg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.extract.AnonymousSource;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.Entity;
import org.newskg.extract.Names;
import org.newskg.extract.SpeakerRef;
import org.newskg.extract.Span;
import org.newskg.extract.Statement;

/**
 * Scores statements against gold attributions. A prediction matches a gold row of the same kind
 * when their spans overlap enough (direct quotes nearly exactly, reported clauses by half); it is
 * right when the speaker is the same: the same name (or its surname) for a named speaker, an
 * anonymous source described with most of the gold description's words for an unnamed one.
 */
final class AttributionScorer {
  private static final double DIRECT_OVERLAP = 0.8;
  private static final double REPORTED_OVERLAP = 0.5;
  private static final Set<String> STOPWORDS =
      Set.of("a", "an", "the", "who", "that", "on", "of", "for", "to", "in", "its", "s");

  /** Counts for one kind of statement. */
  record Counts(int gold, int predicted, int matched, int correct) {
    double accuracy() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    Counts plus(Counts o) {
      return new Counts(gold + o.gold, predicted + o.predicted, matched + o.matched, correct + o.correct);
    }
  }

  /** The whole score, with one line per error for reading. */
  record Report(Counts direct, Counts reported, int scareGold, int scareAsStatement, List<String> errors) {}

  private Counts direct = new Counts(0, 0, 0, 0);
  private Counts reported = new Counts(0, 0, 0, 0);
  private int scareGold;
  private int scareAsStatement;
  private final List<String> errors = new ArrayList<>();

  void add(ArticleExtraction extraction, List<GoldAttribution> gold) {
    String id = extraction.article().id();
    SpeakerNames names = new SpeakerNames(extraction);
    direct = direct.plus(score(id, true, extraction, gold, names));
    reported = reported.plus(score(id, false, extraction, gold, names));
    for (GoldAttribution g : gold) {
      if (g.kind().equals("scare")) {
        scareGold++;
        boolean taken =
            extraction.statements().stream().anyMatch(s -> overlap(s.content(), g.span()) >= DIRECT_OVERLAP);
        if (taken) {
          scareAsStatement++;
          errors.add(id + " scare quote taken as a statement: " + g.span());
        }
      }
    }
  }

  Report report() {
    return new Report(direct, reported, scareGold, scareAsStatement, List.copyOf(errors));
  }

  private Counts score(
      String id, boolean isDirect, ArticleExtraction x, List<GoldAttribution> gold, SpeakerNames names) {
    String kind = isDirect ? "direct" : "reported";
    double needed = isDirect ? DIRECT_OVERLAP : REPORTED_OVERLAP;
    List<Statement> predicted = x.statements().stream().filter(s -> s.direct() == isDirect).toList();
    Set<Statement> used = new HashSet<>();
    int goldCount = 0;
    int matched = 0;
    int correct = 0;
    String text = x.article().text();
    for (GoldAttribution g : gold) {
      if (!g.kind().equals(kind)) {
        continue;
      }
      goldCount++;
      Optional<Statement> best =
          predicted.stream()
              .filter(s -> !used.contains(s) && overlap(s.content(), g.span()) >= needed)
              .max((a, b) -> Double.compare(overlap(a.content(), g.span()), overlap(b.content(), g.span())));
      if (best.isEmpty()) {
        errors.add("%s %s missed: [%s] by %s".formatted(id, kind, clip(g.span().of(text)), g.speaker()));
        continue;
      }
      used.add(best.get());
      matched++;
      String got = names.describe(best.get().speaker());
      if (sameSpeaker(g, best.get().speaker(), names)) {
        correct++;
      } else {
        errors.add(
            "%s %s wrong speaker: [%s] gold %s, got %s"
                .formatted(id, kind, clip(g.span().of(text)), g.speaker(), got));
      }
    }
    for (Statement s : predicted) {
      if (!used.contains(s)) {
        errors.add(
            "%s %s not in gold: [%s] by %s"
                .formatted(id, kind, clip(s.quote()), names.describe(s.speaker())));
      }
    }
    return new Counts(goldCount, predicted.size(), matched, correct);
  }

  private static boolean sameSpeaker(GoldAttribution g, Optional<SpeakerRef> got, SpeakerNames names) {
    if (got.isEmpty()) {
      return false;
    }
    if (g.isNamed()) {
      if (!(got.get() instanceof SpeakerRef.Named n)) {
        return false;
      }
      String goldKey = Names.key(Names.bare(g.speaker()));
      return names.keysOf(n.entityKey()).stream()
          .anyMatch(k -> k.equals(goldKey) || goldKey.endsWith("-" + k) || k.endsWith("-" + goldKey));
    }
    if (!(got.get() instanceof SpeakerRef.Anonymous a)) {
      return false;
    }
    Set<String> want = words(g.speaker());
    Set<String> have = words(names.description(a));
    long shared = want.stream().filter(have::contains).count();
    return !want.isEmpty() && shared * 2 >= want.size();
  }

  private static Set<String> words(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).replace(".", "").split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty() && !STOPWORDS.contains(w))
        .collect(Collectors.toSet());
  }

  /** Characters shared over characters covered by either span. */
  static double overlap(Span a, Span b) {
    int shared = Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
    int union = Math.max(a.end(), b.end()) - Math.min(a.begin(), b.begin());
    return shared <= 0 || union == 0 ? 0 : (double) shared / union;
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }

  /** Names and descriptions of an article's speakers, for comparing and for messages. */
  private static final class SpeakerNames {
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<Span, AnonymousSource> sources = new HashMap<>();

    SpeakerNames(ArticleExtraction x) {
      x.entities().forEach(e -> entities.put(e.key(), e));
      x.anonymousSources().forEach(s -> sources.put(s.firstMention(), s));
    }

    Set<String> keysOf(String key) {
      Set<String> keys = new HashSet<>();
      keys.add(key);
      Entity e = entities.get(key);
      if (e != null) {
        e.alternateNames().forEach(n -> keys.add(Names.key(n)));
      }
      return keys;
    }

    String description(SpeakerRef.Anonymous a) {
      AnonymousSource s = sources.get(a.firstMention());
      return s == null ? "" : s.description();
    }

    String describe(Optional<SpeakerRef> speaker) {
      if (speaker.isEmpty()) {
        return "(nobody)";
      }
      if (speaker.get() instanceof SpeakerRef.Named n) {
        Entity e = entities.get(n.entityKey());
        return e == null ? n.entityKey() : e.canonicalName();
      }
      return "anonymous '" + description((SpeakerRef.Anonymous) speaker.get()) + "'";
    }
  }
}
