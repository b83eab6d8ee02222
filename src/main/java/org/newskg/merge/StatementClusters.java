package org.newskg.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups statements that report the same words: direct quotes with direct quotes, reported speech
 * with reported speech. Two statements go together when most words of the shorter are in the
 * longer ("we received a written follow-up" and "we have received a written feedback"); short
 * quotes only when their words are the same, since a few words in common say little.
 */
final class StatementClusters {
  /** Word overlap above which two quotes are the same statement. */
  static final double MIN_OVERLAP = 0.7;
  /** Reported speech is paraphrased by each outlet: it must agree more. */
  static final double MIN_OVERLAP_REPORTED = 0.85;
  /** Quotes with fewer words merge only when their words are equal. */
  static final int MIN_WORDS = 5;

  List<List<ReportedStatement>> cluster(List<ReportedStatement> statements) {
    int n = statements.size();
    List<Set<String>> words = new ArrayList<>();
    statements.forEach(s -> words.add(QuoteWords.of(s.quote())));
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int[] pair : candidatePairs(words)) {
      int i = pair[0];
      int j = pair[1];
      if (same(statements.get(i), statements.get(j), words.get(i), words.get(j))) {
        parent[find(parent, i)] = find(parent, j);
      }
    }
    Map<Integer, List<ReportedStatement>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(statements.get(i));
    }
    return List.copyOf(groups.values());
  }

  private static boolean same(ReportedStatement a, ReportedStatement b, Set<String> wa, Set<String> wb) {
    if (a.direct() != b.direct()) {
      return false;
    }
    if (Math.min(wa.size(), wb.size()) < MIN_WORDS) {
      return wa.equals(wb);
    }
    return QuoteWords.overlap(wa, wb) >= (a.direct() ? MIN_OVERLAP : MIN_OVERLAP_REPORTED);
  }

  /**
   * Pairs that share at least one word that is not among the commonest: an inverted index keeps
   * the comparison from being quadratic in the number of statements.
   */
  private static List<int[]> candidatePairs(List<Set<String>> words) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      for (String w : words.get(i)) {
        index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    int commonest = Math.max(50, words.size() / 10);
    Set<Long> seen = new java.util.HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (List<Integer> postings : index.values()) {
      if (postings.size() > commonest) {
        continue;
      }
      for (int x = 0; x < postings.size(); x++) {
        for (int y = x + 1; y < postings.size(); y++) {
          int i = postings.get(x);
          int j = postings.get(y);
          if (seen.add(((long) i << 32) | j)) {
            pairs.add(new int[] {i, j});
          }
        }
      }
    }
    pairs.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
    return pairs;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
