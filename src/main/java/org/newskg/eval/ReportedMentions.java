package org.newskg.eval;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which detected event mentions newskg reports on ECB+ once they are clustered: every mention,
 * except a weak one that coreference left alone. A weak mention is one of no type that modifies a
 * noun ("the injured player", "a party girl"): such a word names an event of its own less often
 * than a verb or a noun that stands alone, and a mention no other mention joins has nothing to
 * confirm it (on the odd ECB+ topics 23 of 31 such singletons matched no gold event, while the
 * singletons of every other kind of mention mostly did). Mentions of no type never reach the
 * article graph, so the rule changes what is scored, not the graphs.
 */
final class ReportedMentions {
  private ReportedMentions() {}

  /** The clusters without the singletons whose one mention is weak. */
  static <T> List<List<T>> of(List<List<T>> clusters, Predicate<T> weak) {
    return clusters.stream().filter(c -> c.size() != 1 || !weak.test(c.get(0))).toList();
  }
}
