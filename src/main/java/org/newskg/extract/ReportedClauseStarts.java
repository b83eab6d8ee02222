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
  TokenRange trimmed(TokenRange range) {
    return withoutThat(afterLabel(range));
  }

  /** The content is the clause without its "that". */
  private TokenRange withoutThat(TokenRange range) {
    Token first = tree.token(range.begin());
    boolean that = range.size() > 1 && first.word().equalsIgnoreCase("that") && first.relation().equals("mark");
    return that ? range.withBegin(range.begin() + 1) : range;
  }

  /** "What they're saying: …": a few words before a colon are a label, not content. */
  private TokenRange afterLabel(TokenRange range) {
    for (int t = Math.min(range.end() - 1, range.begin() + 6); t > range.begin(); t--) {
      if (tree.token(t).word().equals(":")) {
        return range.withBegin(t + 1);
      }
    }
    return range;
  }
}
