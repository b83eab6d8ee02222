package org.newskg.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups statements that report the same words, direct quotes with direct quotes and reported
 * speech with reported speech. Statements are taken shortest first; each joins every group whose
 * first (shortest) member it repeats:
 *
 * <ul>
 *   <li>a quote of five words or more repeats another when most words of the shorter are in the
 *       longer ("we received a written follow-up" and "we have received a written feedback");
 *   <li>a shorter quote ("a “positive response”") only when its words stand, in order, in the
 *       other, and the two articles tell the same story (they name enough of the same entities),
 *       since a few words in common say little on their own.
 * </ul>
 *
 * A quote that runs two statements together (one outlet quoting in one piece what others quote in
 * two) joins both groups instead of fusing them.
 */
final class StatementClusters {
  /** Word overlap above which two direct quotes are the same statement. */
  static final double MIN_OVERLAP = 0.7;
  /** Reported speech is paraphrased by each outlet: it must agree more. */
  static final double MIN_OVERLAP_REPORTED = 0.85;
  /** Quotes with fewer words match only as a phrase inside another. */
  static final int MIN_WORDS = 5;
  /** Entities two articles must share to count as telling the same story. */
  static final int MIN_SHARED_ENTITIES = 3;

  private final Map<String, Set<String>> entitiesByArticle;

  /** @param entitiesByArticle entity IRIs each article (by article IRI) mentions */
  StatementClusters(Map<String, Set<String>> entitiesByArticle) {
    this.entitiesByArticle = entitiesByArticle;
  }

  private record Candidate(ReportedStatement statement, List<String> words, Set<String> wordSet) {}

  List<List<ReportedStatement>> cluster(List<ReportedStatement> statements) {
    List<Candidate> ordered = new ArrayList<>();
    for (ReportedStatement s : statements) {
      List<String> words = QuoteWords.sequence(s.quote());
      ordered.add(new Candidate(s, words, new LinkedHashSet<>(words)));
    }
    ordered.sort(
        Comparator.comparingInt((Candidate c) -> c.wordSet().size())
            .thenComparing(c -> c.statement().iri()));
    List<List<Candidate>> groups = new ArrayList<>();
    Map<String, List<Integer>> groupsByWord = new HashMap<>();
    for (Candidate c : ordered) {
      Set<Integer> joined = new LinkedHashSet<>();
      for (String w : c.wordSet()) {
        for (int g : groupsByWord.getOrDefault(w, List.of())) {
          if (!joined.contains(g) && repeats(c, groups.get(g).get(0))) {
            joined.add(g);
          }
        }
      }
      if (joined.isEmpty()) {
        groups.add(new ArrayList<>(List.of(c)));
        int g = groups.size() - 1;
        c.wordSet().forEach(w -> groupsByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(g));
      } else {
        joined.forEach(g -> groups.get(g).add(c));
      }
    }
    return groups.stream()
        .map(g -> g.stream().map(Candidate::statement).toList())
        .toList();
  }

  /** Whether {@code longer} repeats the statement {@code first} (not longer than it). */
  private boolean repeats(Candidate longer, Candidate first) {
    ReportedStatement a = longer.statement();
    ReportedStatement b = first.statement();
    if (a.direct() != b.direct()) {
      return false;
    }
    boolean sameArticle = a.articleIri().equals(b.articleIri());
    if (first.wordSet().size() < MIN_WORDS) {
      return QuoteWords.contentWords(first.words()) >= 2
          && QuoteWords.containsPhrase(longer.words(), first.words())
          && (sameArticle || sameStory(a, b));
    }
    double needed = a.direct() ? MIN_OVERLAP : MIN_OVERLAP_REPORTED;
    return QuoteWords.overlap(longer.wordSet(), first.wordSet()) >= needed;
  }

  private boolean sameStory(ReportedStatement a, ReportedStatement b) {
    Set<String> ea = entitiesByArticle.getOrDefault(a.articleIri(), Set.of());
    Set<String> eb = entitiesByArticle.getOrDefault(b.articleIri(), Set.of());
    return ea.stream().filter(eb::contains).count() >= MIN_SHARED_ENTITIES;
  }
}
