package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference scores of a response partition against a key partition of mentions: MUC (Vilain et
 * al. 1995), B³ (Bagga and Baldwin 1998) and entity-based CEAF (φ4, Luo 2005), and the CoNLL
 * score, their mean F1. The definitions are those of the CoNLL reference scorer (Pradhan et al.
 * 2014), which also hold when the two sides have different mentions: a mention the other side
 * lacks counts as a singleton there for MUC, and as missing for B³ and CEAF-e.
 *
 * <p>Both partitions are maps from mention id to cluster id.
 */
final class CorefScorer {
  private CorefScorer() {}

  /** Precision, recall and F1 of one metric. */
  record Prf(double precision, double recall) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    @Override
    public String toString() {
      return String.format("P %.3f R %.3f F1 %.3f", precision, recall, f1());
    }
  }

  /** The three metrics and their mean F1. */
  record Scores(Prf muc, Prf b3, Prf ceafE) {
    double conll() {
      return (muc.f1() + b3.f1() + ceafE.f1()) / 3;
    }
  }

  static Scores score(Map<String, String> key, Map<String, String> response) {
    List<Set<String>> k = clusters(key);
    List<Set<String>> r = clusters(response);
    return new Scores(muc(k, response, r, key), b3(k, r), ceafE(k, r));
  }

  static List<Set<String>> clusters(Map<String, String> partition) {
    Map<String, Set<String>> byCluster = new LinkedHashMap<>();
    partition.forEach(
        (mention, cluster) ->
            byCluster.computeIfAbsent(cluster, c -> new java.util.LinkedHashSet<>()).add(mention));
    return new ArrayList<>(byCluster.values());
  }

  private static Prf muc(
      List<Set<String>> key,
      Map<String, String> response,
      List<Set<String>> responseClusters,
      Map<String, String> keyMap) {
    return new Prf(mucRecall(responseClusters, keyMap), mucRecall(key, response));
  }

  /** Σ(|c| − |partitions of c by the other side|) / Σ(|c| − 1). */
  private static double mucRecall(List<Set<String>> clusters, Map<String, String> other) {
    long num = 0;
    long den = 0;
    for (Set<String> c : clusters) {
      Set<String> parts = new java.util.HashSet<>();
      for (String m : c) {
        String o = other.get(m);
        parts.add(o == null ? "\u0000" + m : "c" + o);
      }
      num += c.size() - parts.size();
      den += c.size() - 1;
    }
    return den == 0 ? 0 : (double) num / den;
  }

  private static Prf b3(List<Set<String>> key, List<Set<String>> response) {
    return new Prf(b3Recall(response, key), b3Recall(key, response));
  }

  /** Σ over clusters c of this side, over clusters o of the other, |c ∩ o|² / |c|, over Σ|c|. */
  private static double b3Recall(List<Set<String>> side, List<Set<String>> other) {
    Map<String, Integer> clusterOf = index(other);
    double sum = 0;
    long mentions = 0;
    for (Set<String> c : side) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (String m : c) {
        Integer o = clusterOf.get(m);
        if (o != null) {
          overlap.merge(o, 1, Integer::sum);
        }
      }
      for (int n : overlap.values()) {
        sum += (double) n * n / c.size();
      }
      mentions += c.size();
    }
    return mentions == 0 ? 0 : sum / mentions;
  }

  private static Prf ceafE(List<Set<String>> key, List<Set<String>> response) {
    if (key.isEmpty() || response.isEmpty()) {
      return new Prf(0, 0);
    }
    double total = CeafAlignment.bestTotalSimilarity(key, response, index(response));
    return new Prf(total / response.size(), total / key.size());
  }

  static Map<String, Integer> index(List<Set<String>> clusters) {
    Map<String, Integer> clusterOf = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (String m : clusters.get(i)) {
        clusterOf.put(m, i);
      }
    }
    return clusterOf;
  }
}
