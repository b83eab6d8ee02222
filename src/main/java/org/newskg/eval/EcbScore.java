package org.newskg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Analysis;

/**
 * Cross-document entity coreference on ECB+: the gold mentions of participants and locations in
 * the annotated sentences, clustered as the system clusters the mentions it pairs them with
 * (equal span or same head); a gold mention the system has no mention for is a singleton. Scored
 * with MUC, B³, CEAF-e and their CoNLL mean over all documents at once.
 */
final class EcbScore {
  private static final Set<String> KINDS = Set.of("participant", "location");

  private final Map<String, String> key = new LinkedHashMap<>();
  private final Map<String, String> response = new LinkedHashMap<>();
  private final Map<String, String> textOf = new LinkedHashMap<>();
  int covered;

  void add(GoldDocs.EcbDoc doc, Analysis analysis, List<SystemMention> sys) {
    MentionAligner aligner = new MentionAligner(analysis);
    List<MentionAligner.Span> goldSpans = new ArrayList<>();
    boolean[] scored = new boolean[doc.mentions().size()];
    for (int i = 0; i < doc.mentions().size(); i++) {
      GoldDocs.EcbMention m = doc.mentions().get(i);
      goldSpans.add(new MentionAligner.Span(m.start(), m.end(), ""));
      scored[i] = KINDS.contains(m.kind()) && m.inAnnotatedSentence();
      if (scored[i]) {
        textOf.put(m.id(), m.text());
        key.put(m.id(), m.cluster());
        response.put(m.id(), "singleton:" + m.id());
      }
    }
    List<MentionAligner.Span> sysSpans =
        sys.stream().map(s -> new MentionAligner.Span(s.begin(), s.end(), "")).toList();
    int[] goldOf = aligner.align(goldSpans, sysSpans, scored);
    for (int s = 0; s < sys.size(); s++) {
      int g = goldOf[s];
      if (g >= 0 && scored[g]) {
        response.put(doc.mentions().get(g).id(), sys.get(s).cluster());
        covered++;
      }
    }
  }

  /**
   * Gold clusters whose matched mentions the system splits, and system clusters that join
   * mentions of several gold clusters, one line each.
   */
  List<String> errors() {
    Map<String, Map<String, java.util.Set<String>>> systemByGold = new java.util.TreeMap<>();
    Map<String, Map<String, java.util.Set<String>>> goldBySystem = new java.util.TreeMap<>();
    key.forEach(
        (m, gold) -> {
          String sys = response.get(m);
          if (!sys.startsWith("singleton:")) {
            systemByGold
                .computeIfAbsent(gold, g -> new java.util.TreeMap<>())
                .computeIfAbsent(sys, x -> new java.util.TreeSet<>())
                .add(textOf.get(m));
            goldBySystem
                .computeIfAbsent(sys, x -> new java.util.TreeMap<>())
                .computeIfAbsent(gold, g -> new java.util.TreeSet<>())
                .add(textOf.get(m));
          }
        });
    List<String> out = new ArrayList<>();
    systemByGold.forEach(
        (gold, systems) -> {
          if (systems.size() > 1) {
            out.add("split " + gold + ": " + systems);
          }
        });
    goldBySystem.forEach(
        (sys, golds) -> {
          if (golds.size() > 1) {
            out.add("joined " + sys + ": " + golds);
          }
        });
    Map<String, Integer> unmatched = new java.util.HashMap<>();
    key.forEach(
        (m, gold) -> {
          if (response.get(m).startsWith("singleton:")) {
            unmatched.merge(textOf.get(m).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
          }
        });
    StringBuilder top = new StringBuilder();
    unmatched.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(60)
        .forEach(e -> top.append(" '").append(e.getKey()).append("' ").append(e.getValue()));
    out.add(
        "unmatched gold mentions: %d, most frequent:%s"
            .formatted(unmatched.values().stream().mapToInt(Integer::intValue).sum(), top));
    return out;
  }

  CorefScores.Result scores() {
    return CorefScores.score(CorefScores.fromPartition(key), CorefScores.fromPartition(response));
  }

  String report(String label) {
    CorefScores.Result s = scores();
    return String.format(
        "%-9s CoNLL F1 %.4f  MUC %s  B3 %s  CEAF-e %s  (%d of %d gold mentions matched)%n",
        label, s.conll(), s.muc(), s.b3(), s.ceafe(), covered, key.size());
  }
}
