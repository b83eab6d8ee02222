package org.newskg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.newskg.extract.UnnamedParticipant;
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

  /**
   * Who a prediction says spoke: the keys ({@link Names#key}) of the names a named speaker goes by,
   * and a description to compare with an unnamed gold source. A system that does not say which
   * kind it found gives both.
   */
  record Speaker(Set<String> nameKeys, String description, String label) {
    Speaker {
      nameKeys = Set.copyOf(nameKeys);
    }

    /** A speaker known only by the words that name it ("Ms. Ruiz", "a police spokesman"). */
    static Speaker fromWords(String words) {
      return new Speaker(Set.of(Names.key(Names.bare(words))), words, words);
    }
  }

  /** A statement as the scorer sees it: its span, its words, its kind and its speaker, if any. */
  record Prediction(Span content, String words, boolean direct, Optional<Speaker> speaker) {}

  private Counts direct = new Counts(0, 0, 0, 0);
  private Counts reported = new Counts(0, 0, 0, 0);
  private int scareGold;
  private int scareAsStatement;
  private final List<String> errors = new ArrayList<>();

  /** Scores newskg's statements of one article. */
  void add(ArticleExtraction extraction, List<GoldAttribution> gold) {
    SpeakerNames names = new SpeakerNames(extraction);
    List<Prediction> predictions = new ArrayList<>();
    for (Statement s : extraction.statements()) {
      if (s.speakers().isEmpty()) {
        predictions.add(new Prediction(s.content(), s.quote(), s.direct(), Optional.empty()));
      }
      // Words several people said together are one prediction per speaker, as the gold has a
      // row per speaker.
      for (SpeakerRef ref : s.speakers()) {
        predictions.add(
            new Prediction(s.content(), s.quote(), s.direct(), Optional.of(names.speaker(ref))));
      }
    }
    add(extraction.article().id(), extraction.article().text(), predictions, gold);
  }

  /** Scores any system's statements of one article. */
  void add(String id, String text, List<Prediction> predictions, List<GoldAttribution> gold) {
    direct = direct.plus(score(id, text, true, predictions, gold));
    reported = reported.plus(score(id, text, false, predictions, gold));
    for (GoldAttribution g : gold) {
      if (g.kind().equals("scare")) {
        scareGold++;
        boolean taken =
            predictions.stream().anyMatch(p -> overlap(p.content(), g.span()) >= DIRECT_OVERLAP);
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
      String id, String text, boolean isDirect, List<Prediction> all, List<GoldAttribution> gold) {
    String kind = isDirect ? "direct" : "reported";
    double needed = isDirect ? DIRECT_OVERLAP : REPORTED_OVERLAP;
    List<Prediction> predicted = all.stream().filter(p -> p.direct() == isDirect).toList();
    Set<Prediction> used = new HashSet<>();
    int goldCount = 0;
    int matched = 0;
    int correct = 0;
    for (GoldAttribution g : gold) {
      if (!g.kind().equals(kind)) {
        continue;
      }
      goldCount++;
      // Of equally overlapping predictions (one span said by several speakers), the one with the
      // gold row's speaker.
      Optional<Prediction> best =
          predicted.stream()
              .filter(p -> !used.contains(p) && overlap(p.content(), g.span()) >= needed)
              .max(
                  Comparator.<Prediction>comparingDouble(p -> overlap(p.content(), g.span()))
                      .thenComparing(p -> sameSpeaker(g, p.speaker())));
      if (best.isEmpty()) {
        errors.add("%s %s missed: [%s] by %s".formatted(id, kind, clip(g.span().of(text)), g.speaker()));
        continue;
      }
      used.add(best.get());
      matched++;
      if (sameSpeaker(g, best.get().speaker())) {
        correct++;
      } else {
        errors.add(
            "%s %s wrong speaker: [%s] gold %s, got %s"
                .formatted(id, kind, clip(g.span().of(text)), g.speaker(), label(best.get())));
      }
    }
    for (Prediction p : predicted) {
      if (!used.contains(p)) {
        errors.add("%s %s not in gold: [%s] by %s".formatted(id, kind, clip(p.words()), label(p)));
      }
    }
    return new Counts(goldCount, predicted.size(), matched, correct);
  }

  static boolean sameSpeaker(GoldAttribution g, Optional<Speaker> got) {
    if (got.isEmpty()) {
      return false;
    }
    if (g.isNamed()) {
      String goldKey = Names.key(Names.bare(g.speaker()));
      return got.get().nameKeys().stream()
          .anyMatch(k -> k.equals(goldKey) || goldKey.endsWith("-" + k) || k.endsWith("-" + goldKey));
    }
    Set<String> want = words(g.speaker());
    Set<String> have = words(got.get().description());
    long shared = want.stream().filter(have::contains).count();
    return !want.isEmpty() && shared * 2 >= want.size();
  }

  private static String label(Prediction p) {
    return p.speaker().map(Speaker::label).orElse("(nobody)");
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

  /** newskg's speakers of one article as the scorer compares them. */
  private static final class SpeakerNames {
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<Span, AnonymousSource> sources = new HashMap<>();
    private final Map<Span, UnnamedParticipant> unnamed = new HashMap<>();

    SpeakerNames(ArticleExtraction x) {
      x.entities().forEach(e -> entities.put(e.key(), e));
      x.anonymousSources().forEach(s -> sources.put(s.firstMention(), s));
      x.unnamedParticipants().forEach(p -> unnamed.put(p.firstMention(), p));
    }

    Speaker speaker(SpeakerRef ref) {
      if (ref instanceof SpeakerRef.Named n) {
        Set<String> keys = new HashSet<>();
        keys.add(n.entityKey());
        Entity e = entities.get(n.entityKey());
        if (e != null) {
          e.alternateNames().forEach(name -> keys.add(Names.key(name)));
        }
        return new Speaker(keys, "", e == null ? n.entityKey() : e.canonicalName());
      }
      if (ref instanceof SpeakerRef.Unnamed u) {
        // An organization known by its description ("Surrey police") is compared as a name.
        String description = unnamed.get(u.span()).description();
        return new Speaker(
            Set.of(Names.key(Names.bare(description))), description, "unnamed '" + description + "'");
      }
      Span first =
          ref instanceof SpeakerRef.Document d
              ? d.firstMention()
              : ((SpeakerRef.Anonymous) ref).firstMention();
      AnonymousSource s = sources.get(first);
      String description = s == null ? "" : s.description();
      return new Speaker(Set.of(), description, "anonymous '" + description + "'");
    }
  }
}
