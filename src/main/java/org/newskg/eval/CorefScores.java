package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference metrics of the CoNLL shared tasks, as the reference scorer (Pradhan et al. 2014)
 * computes them: MUC (links), B³ (mentions), CEAF-e (entities, φ4 similarity, best one-to-one
 * alignment), and CoNLL F1, their mean. Mentions are strings; a response mention that is not in the
 * key counts against precision.
 */
final class CorefScores {
  /** Recall, precision and F1 of one metric. */
  record Score(double recall, double precision) {
    double f1() {
      return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    }

    @Override
    public String toString() {
      return String.format("R %.3f  P %.3f  F1 %.3f", recall, precision, f1());
    }
  }

  /** The three metrics and their mean F1. */
  record Result(Score muc, Score b3, Score ceafe) {
    double conll() {
      return (muc.f1() + b3.f1() + ceafe.f1()) / 3;
    }
  }

  private CorefScores() {}

  /** Clusters from a map of mention to cluster id, in first-seen order. */
  static List<Set<String>> fromPartition(Map<String, String> partition) {
    Map<String, Set<String>> byCluster = new LinkedHashMap<>();
    partition.forEach(
        (mention, cluster) -> byCluster.computeIfAbsent(cluster, c -> new LinkedHashSet<>()).add(mention));
    return new ArrayList<>(byCluster.values());
  }

  static Result score(List<Set<String>> key, List<Set<String>> response) {
    return new Result(muc(key, response), b3(key, response), ceafe(key, response));
  }

  static Score muc(List<Set<String>> key, List<Set<String>> response) {
    return new Score(mucRecall(key, response), mucRecall(response, key));
  }

  /** Σ(|K| − parts of K in the response) / Σ(|K| − 1); unaligned mentions are parts of their own. */
  private static double mucRecall(List<Set<String>> key, List<Set<String>> response) {
    Map<String, Integer> clusterOf = index(response);
    long num = 0;
    long den = 0;
    for (Set<String> k : key) {
      Set<Integer> parts = new HashSet<>();
      int alone = 0;
      for (String m : k) {
        Integer r = clusterOf.get(m);
        if (r == null) {
          alone++;
        } else {
          parts.add(r);
        }
      }
      num += k.size() - (parts.size() + alone);
      den += k.size() - 1;
    }
    return den == 0 ? 0 : (double) num / den;
  }

  static Score b3(List<Set<String>> key, List<Set<String>> response) {
    return new Score(b3Recall(key, response), b3Recall(response, key));
  }

  private static double b3Recall(List<Set<String>> key, List<Set<String>> response) {
    Map<String, Integer> clusterOf = index(response);
    double num = 0;
    long den = 0;
    for (Set<String> k : key) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (String m : k) {
        Integer r = clusterOf.get(m);
        if (r != null) {
          overlap.merge(r, 1, Integer::sum);
        }
      }
      for (int c : overlap.values()) {
        num += (double) c * c / k.size();
      }
      den += k.size();
    }
    return den == 0 ? 0 : num / den;
  }

  /** CEAF with φ4 = 2|K∩R| / (|K| + |R|), aligned one-to-one to the maximum total. */
  static Score ceafe(List<Set<String>> key, List<Set<String>> response) {
    if (key.isEmpty() || response.isEmpty()) {
      return new Score(0, 0);
    }
    double total = 0;
    for (int[][] component : components(key, response)) {
      int[] ks = component[0];
      int[] rs = component[1];
      double[][] phi = new double[ks.length][rs.length];
      for (int i = 0; i < ks.length; i++) {
        for (int j = 0; j < rs.length; j++) {
          Set<String> k = key.get(ks[i]);
          Set<String> r = response.get(rs[j]);
          long common = k.stream().filter(r::contains).count();
          phi[i][j] = 2.0 * common / (k.size() + r.size());
        }
      }
      total += Assignment.maximum(phi);
    }
    return new Score(total / key.size(), total / response.size());
  }

  /**
   * Key and response clusters linked by shared mentions: the best alignment is found in each such
   * component alone, since clusters of different components have φ4 = 0.
   */
  private static List<int[][]> components(List<Set<String>> key, List<Set<String>> response) {
    Map<String, Integer> keyOf = index(key);
    int[] parent = new int[key.size() + response.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < response.size(); r++) {
      for (String m : response.get(r)) {
        Integer k = keyOf.get(m);
        if (k != null) {
          parent[find(parent, key.size() + r)] = find(parent, k);
        }
      }
    }
    Map<Integer, List<Integer>> keys = new HashMap<>();
    Map<Integer, List<Integer>> responses = new HashMap<>();
    for (int i = 0; i < key.size(); i++) {
      keys.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
    }
    for (int r = 0; r < response.size(); r++) {
      responses.computeIfAbsent(find(parent, key.size() + r), x -> new ArrayList<>()).add(r);
    }
    List<int[][]> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : keys.entrySet()) {
      List<Integer> rs = responses.get(e.getKey());
      if (rs != null) {
        out.add(new int[][] {toArray(e.getValue()), toArray(rs)});
      }
    }
    return out;
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static Map<String, Integer> index(List<Set<String>> clusters) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (String m : clusters.get(i)) {
        if (out.put(m, i) != null) {
          throw new IllegalArgumentException("mention '%s' is in two clusters".formatted(m));
        }
      }
    }
    return out;
  }
}
