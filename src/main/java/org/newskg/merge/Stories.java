package org.newskg.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups documents that tell one story: tf-idf vectors (smoothed idf, so that words every document
 * shares still count in a small store) of their features (names, content words),
 * cosine similarity, average-link clustering that stops below a threshold, then a document left
 * alone joins the story of its nearest document if that one is above the threshold. Two reports of one
 * earthquake share their place, toll and names; two earthquakes share only "earthquake".
 */
final class Stories {
  private Stories() {}

  /** Cosine similarities of the documents' tf-idf vectors, by document id. */
  record Similarities(Map<String, Integer> index, double[][] matrix) {
    /** How alike two documents are; 0 for a document without features. */
    double of(String a, String b) {
      Integer i = index.get(a);
      Integer j = index.get(b);
      return i == null || j == null ? 0 : i.equals(j) ? 1 : matrix[i][j];
    }
  }

  /** A story id per document: the first document (in the given order) of its story. */
  static Map<String, String> of(Map<String, Set<String>> features, double threshold) {
    return of(similarities(features), threshold);
  }

  /** The pairwise similarities of the documents, in the given order. */
  static Similarities similarities(Map<String, Set<String>> features) {
    List<String> docs = new ArrayList<>(features.keySet());
    int n = docs.size();
    Map<String, Integer> df = new HashMap<>();
    features.values().forEach(fs -> fs.forEach(f -> df.merge(f, 1, Integer::sum)));
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (String d : docs) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (String f : features.get(d)) {
        double w = 1 + Math.log((double) (n + 1) / (df.get(f) + 1)); // smoothed: shared words count
        v.put(f, w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
      vectors.add(v);
    }
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = sim[j][i] = cosine(vectors.get(i), vectors.get(j));
      }
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(docs.get(i), i);
    }
    return new Similarities(index, sim);
  }

  /** Stories of documents whose similarities are given. */
  static Map<String, String> of(Similarities similarities, double threshold) {
    return of(similarities, threshold, threshold);
  }

  /**
   * Stories of documents, a document left alone joining the story of its most similar document
   * from {@code loneThreshold} (at most {@code threshold}) on.
   */
  static Map<String, String> of(
      Similarities similarities, double threshold, double loneThreshold) {
    List<String> docs = new ArrayList<>(similarities.index().keySet());
    int n = docs.size();
    double[][] pairSim = similarities.matrix();
    double[][] sim = new double[n][];
    for (int i = 0; i < n; i++) {
      sim[i] = pairSim[i].clone(); // average link overwrites sim with cluster averages
    }
    int[] size = new int[n];
    int[] owner = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      owner[i] = i;
      alive[i] = true;
    }
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = threshold;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; alive[i] && j < n; j++) {
          if (alive[j] && sim[i][j] >= best) {
            best = sim[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bi && k != bj) {
          sim[bi][k] = sim[k][bi] = (sim[bi][k] * size[bi] + sim[bj][k] * size[bj]) / (size[bi] + size[bj]);
        }
      }
      size[bi] += size[bj];
      alive[bj] = false;
      for (int k = 0; k < n; k++) {
        if (owner[k] == bj) {
          owner[k] = bi;
        }
      }
    }
    attachLoneDocuments(pairSim, size, owner, Math.min(threshold, loneThreshold));
    Map<String, String> story = new HashMap<>();
    for (int i = 0; i < n; i++) {
      story.put(docs.get(i), docs.get(owner[i]));
    }
    return story;
  }

  /**
   * A document that average link left alone joins the story of its most similar document when
   * that document alone is similar enough: a short report that shares the names and words of one
   * article of a story, but not of all its articles, is still part of it.
   */
  private static void attachLoneDocuments(double[][] sim, int[] size, int[] owner, double threshold) {
    int n = owner.length;
    int[] joined = owner.clone();
    for (int i = 0; i < n; i++) {
      if (size[owner[i]] != 1) {
        continue;
      }
      int nearest = -1;
      double best = threshold;
      for (int j = 0; j < n; j++) {
        if (j != i && sim[i][j] >= best) {
          best = sim[i][j];
          nearest = j;
        }
      }
      if (nearest >= 0 && size[owner[nearest]] > 1) {
        joined[i] = owner[nearest];
      }
    }
    System.arraycopy(joined, 0, owner, 0, n);
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }
}
