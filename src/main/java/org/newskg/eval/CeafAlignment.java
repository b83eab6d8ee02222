package org.newskg.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The best one-to-one alignment of key and response clusters under CEAF-e's similarity φ4(k, r) =
 * 2|k ∩ r| / (|k| + |r|). Only clusters that share mentions can gain from being aligned, so the
 * problem splits into the connected components of the sharing graph, each solved exactly with the
 * Hungarian algorithm: thousands of clusters over hundreds of documents stay fast.
 */
final class CeafAlignment {
  private CeafAlignment() {}

  static double bestTotalSimilarity(
      List<Set<String>> key, List<Set<String>> response, Map<String, Integer> responseOf) {
    int nk = key.size();
    List<Map<Integer, Integer>> overlaps = new ArrayList<>();
    List<List<Integer>> keysOfResponse = new ArrayList<>();
    for (int j = 0; j < response.size(); j++) {
      keysOfResponse.add(new ArrayList<>());
    }
    for (int i = 0; i < nk; i++) {
      Map<Integer, Integer> o = new HashMap<>();
      for (String m : key.get(i)) {
        Integer j = responseOf.get(m);
        if (j != null) {
          o.merge(j, 1, Integer::sum);
        }
      }
      overlaps.add(o);
      for (int j : o.keySet()) {
        keysOfResponse.get(j).add(i);
      }
    }
    boolean[] seenKey = new boolean[nk];
    boolean[] seenResponse = new boolean[response.size()];
    double total = 0;
    for (int start = 0; start < nk; start++) {
      if (seenKey[start] || overlaps.get(start).isEmpty()) {
        continue;
      }
      List<Integer> ks = new ArrayList<>();
      List<Integer> rs = new ArrayList<>();
      Deque<Integer> queue = new ArrayDeque<>(List.of(start));
      seenKey[start] = true;
      while (!queue.isEmpty()) {
        int i = queue.poll();
        ks.add(i);
        for (int j : overlaps.get(i).keySet()) {
          if (!seenResponse[j]) {
            seenResponse[j] = true;
            rs.add(j);
            for (int i2 : keysOfResponse.get(j)) {
              if (!seenKey[i2]) {
                seenKey[i2] = true;
                queue.add(i2);
              }
            }
          }
        }
      }
      double[][] sim = new double[ks.size()][rs.size()];
      for (int a = 0; a < ks.size(); a++) {
        int i = ks.get(a);
        for (int b = 0; b < rs.size(); b++) {
          int j = rs.get(b);
          int shared = overlaps.get(i).getOrDefault(j, 0);
          sim[a][b] = 2.0 * shared / (key.get(i).size() + response.get(j).size());
        }
      }
      total += maxWeightMatching(sim);
    }
    return total;
  }

  /** Maximum total weight of a one-to-one assignment of rows to columns (Hungarian method). */
  static double maxWeightMatching(double[][] weight) {
    int rows = weight.length;
    int cols = rows == 0 ? 0 : weight[0].length;
    if (rows == 0 || cols == 0) {
      return 0;
    }
    boolean transpose = rows > cols;
    int n = transpose ? cols : rows; // the smaller side is assigned
    int m = transpose ? rows : cols;
    double[][] cost = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        cost[i][j] = -(transpose ? weight[j - 1][i - 1] : weight[i - 1][j - 1]);
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1];
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[m + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[m + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0) {
        total -= cost[p[j]][j];
      }
    }
    return total;
  }
}
