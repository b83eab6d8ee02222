package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.Token;

/**
 * Where reported clauses begin: past a label before a colon and past "that", and at each "and
 * that" of clauses coordinated under one verb.
 */
final class ReportedClauseStarts {
  private final DependencyTree tree;
  private final boolean[] quoted;

  ReportedClauseStarts(DependencyTree tree, boolean[] quoted) {
    this.tree = tree;
    this.quoted = quoted;
  }

  /** The content of the clause: without a label before a colon, then without its "that". */
  int[] trimmed(int[] range) {
    return withoutThat(afterLabel(range));
  }

  /**
   * "X said that A, and that B": two reports, each clause a statement of its own; "that A and B"
   * stays one.
   */
  List<int[]> coordinatedThatClauses(int[] range) {
    List<int[]> parts = new ArrayList<>();
    int start = range[0];
    for (int t = range[0] + 2; t < range[1] - 1; t++) {
      Token that = tree.token(t);
      Token cc = tree.token(t - 1);
      boolean second = that.word().equalsIgnoreCase("that") && that.relation().equals("mark")
          && cc.relation().equals("cc") && that.head() >= 0
          && tree.token(that.head()).relation().equals("conj")
          && tree.subtreeRange(that.head())[0] >= t - 1 && quoted[t] == quoted[start];
      if (!second) {
        continue;
      }
      int end = t - 1;
      while (end > start && tree.token(end - 1).word().equals(",")) {
        end--;
      }
      parts.add(new int[] {start, end});
      start = t + 1;
    }
    parts.add(new int[] {start, range[1]});
    return parts;
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
