package org.newskg.extract;

import java.util.stream.IntStream;

/**
 * Contents that are no reported speech: words with no verb, an infinitive, or a direct quote the
 * quote finder did not take for one.
 */
final class NonReportContents {
  private final DependencyTree tree;
  private final boolean[] quoted;

  NonReportContents(DependencyTree tree, boolean[] quoted) {
    this.tree = tree;
    this.quoted = quoted;
  }

  /**
   * A report is a clause: "described the ruling as historic" names, it does not report; unless it
   * quotes the speaker's own words ("dismissed the talks as a “stunt”").
   */
  boolean notAClause(TokenRange range) {
    return range.size() < 2
        || IntStream.range(range.begin(), range.end())
            .noneMatch(t -> ClauseWords.isVerbOrModal(tree.token(t).pos()) || quoted[t])
        || tree.token(range.begin()).word().equalsIgnoreCase("to"); // "admitted to being …", "urged to …"
  }

  /** Words mostly inside quotation marks, or between marks, are a direct quote. */
  boolean quotedDirectly(TokenRange range) {
    return mostlyQuoted(range) || betweenMarks(range);
  }

  /**
   * Words between an opening and a closing mark that the quote finder does not take for a
   * quotation (single marks inside a block quote: "'We're looking for him,' he said") are a
   * direct quote all the same, not reported speech.
   */
  private boolean betweenMarks(TokenRange range) {
    if (range.begin() == 0 || !tree.token(range.begin() - 1).pos().equals("``")) {
      return false;
    }
    for (int t = range.end(); t < Math.min(range.end() + 2, tree.analysis().tokens().size()); t++) {
      if (tree.token(t).pos().equals("''")) {
        return true;
      }
    }
    return false;
  }

  private boolean mostlyQuoted(TokenRange range) {
    int in = 0;
    for (int t = range.begin(); t < range.end(); t++) {
      in += quoted[t] ? 1 : 0;
    }
    return in * 5 >= range.size() * 4;
  }
}
