package org.newskg.extract;

import org.newskg.nlp.Token;

/**
 * Where reported clauses begin: past a label before a colon and past "that". Clauses coordinated
 * under one verb ("said that A, and that B") are one report, as the development golds mostly
 * annotate them.
 */
final class ReportedClauseStarts {
  private final DependencyTree tree;

  ReportedClauseStarts(DependencyTree tree) {
    this.tree = tree;
  }

  /** The content of the clause: without a label before a colon, then without its "that". */
  int[] trimmed(int[] range) {
    return withoutThat(afterLabel(range));
  }

  /** The content is the clause without its "that". */
  private int[] withoutThat(int[] range) {
    Token first = tree.token(range[0]);
    boolean that = range[1] - range[0] > 1 && first.word().equalsIgnoreCase("that") && first.relation().equals("mark");
    return that ? new int[] {range[0] + 1, range[1]} : range;
  }

  /** "What they're saying: …": a few words before a colon are a label, not content. */
  private int[] afterLabel(int[] range) {
    for (int t = Math.min(range[1] - 1, range[0] + 6); t > range[0]; t--) {
      if (tree.token(t).word().equals(":")) {
        return new int[] {t + 1, range[1]};
      }
    }
    return range;
  }
}
