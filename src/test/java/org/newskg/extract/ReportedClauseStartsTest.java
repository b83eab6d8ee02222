package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where reported clauses begin, on hand parses of sentences written for this test. */
class ReportedClauseStartsTest {

  private static ReportedClauseStarts starts(String[][] rows) {
    DependencyTree tree = new DependencyTree(HandParses.sentence(rows));
    return new ReportedClauseStarts(tree);
  }

  @Test
  void theContentStartsAfterItsThat() {
    // "She said that taxes rise"
    ReportedClauseStarts starts = starts(new String[][] {
        {"She", "she", "PRP", "1", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"that", "that", "IN", "4", "mark"},
        {"taxes", "tax", "NNS", "4", "nsubj"},
        {"rise", "rise", "VBP", "1", "ccomp"}});
    assertThat(starts.trimmed(new TokenRange(2, 5))).isEqualTo(new TokenRange(3, 5));
  }

  @Test
  void aShortLabelBeforeAColonIsNotContent() {
    // "What they are saying : taxes rise"
    ReportedClauseStarts starts = starts(new String[][] {
        {"What", "what", "WP", "3", "obj"},
        {"they", "they", "PRP", "3", "nsubj"},
        {"are", "be", "VBP", "3", "aux"},
        {"saying", "say", "VBG", "-1", "root"},
        {":", ":", ":", "3", "punct"},
        {"taxes", "tax", "NNS", "6", "nsubj"},
        {"rise", "rise", "VBP", "3", "parataxis"}});
    assertThat(starts.trimmed(new TokenRange(0, 7))).isEqualTo(new TokenRange(5, 7));
  }
}
