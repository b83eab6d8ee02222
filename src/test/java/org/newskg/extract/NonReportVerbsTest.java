package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verbs of saying that report nothing, on hand parses of sentences written for this test. */
class NonReportVerbsTest {

  private static boolean reportsNothing(String[][] rows, int verb) {
    return new NonReportVerbs(new DependencyTree(HandParses.sentence(rows))).reportsNothing(verb);
  }

  @Test
  void aPlainReportReports() {
    // "She said it rained ."
    assertThat(reportsNothing(new String[][] {
        {"She", "she", "PRP", "1", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"it", "it", "PRP", "3", "nsubj"},
        {"rained", "rain", "VBD", "1", "ccomp"},
        {".", ".", ".", "1", "punct"}}, 1)).isFalse();
  }

  @Test
  void aVerbOfBeliefReportsNothing() {
    // "She thinks it rained ."
    assertThat(reportsNothing(new String[][] {
        {"She", "she", "PRP", "1", "nsubj"},
        {"thinks", "think", "VBZ", "-1", "root"},
        {"it", "it", "PRP", "3", "nsubj"},
        {"rained", "rain", "VBD", "1", "ccomp"},
        {".", ".", ".", "1", "punct"}}, 1)).isTrue();
  }

  @Test
  void aNegatedVerbReportsNothing() {
    // "Officials did not say why ."
    assertThat(reportsNothing(new String[][] {
        {"Officials", "official", "NNS", "3", "nsubj"},
        {"did", "do", "VBD", "3", "aux"},
        {"not", "not", "RB", "3", "advmod"},
        {"say", "say", "VB", "-1", "root"},
        {"why", "why", "WRB", "3", "advmod"},
        {".", ".", ".", "3", "punct"}}, 3)).isTrue();
  }

  @Test
  void aNegationBeforeACommaBelongsToTheReportedClause() {
    // "Some did not , police said ." with "not" hung on "said"
    assertThat(reportsNothing(new String[][] {
        {"Some", "some", "DT", "1", "nsubj"},
        {"did", "do", "VBD", "5", "ccomp"},
        {"not", "not", "RB", "5", "advmod"},
        {",", ",", ",", "5", "punct"},
        {"police", "police", "NNS", "5", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {".", ".", ".", "5", "punct"}}, 5)).isFalse();
  }

  @Test
  void aReportUnderAModalIsNotMadeYet() {
    // "He will announce that taxes rise ."
    assertThat(reportsNothing(new String[][] {
        {"He", "he", "PRP", "2", "nsubj"},
        {"will", "will", "MD", "2", "aux"},
        {"announce", "announce", "VB", "-1", "root"},
        {"that", "that", "IN", "5", "mark"},
        {"taxes", "tax", "NNS", "5", "nsubj"},
        {"rise", "rise", "VBP", "2", "ccomp"},
        {".", ".", ".", "2", "punct"}}, 2)).isTrue();
  }

  @Test
  void whatSomeoneDeclinedToSayIsNotSaid() {
    // "He declined to say whether it rained ."
    assertThat(reportsNothing(new String[][] {
        {"He", "he", "PRP", "1", "nsubj"},
        {"declined", "decline", "VBD", "-1", "root"},
        {"to", "to", "TO", "3", "mark"},
        {"say", "say", "VB", "1", "xcomp"},
        {"whether", "whether", "IN", "6", "mark"},
        {"it", "it", "PRP", "6", "nsubj"},
        {"rained", "rain", "VBD", "3", "ccomp"},
        {".", ".", ".", "1", "punct"}}, 3)).isTrue();
  }

  @Test
  void aRelativePronounDescribedAsSomethingIsANamingNotAReport() {
    // "the camp , which the club describes as a retreat"
    assertThat(reportsNothing(new String[][] {
        {"the", "the", "DT", "1", "det"},
        {"camp", "camp", "NN", "-1", "root"},
        {",", ",", ",", "1", "punct"},
        {"which", "which", "WDT", "6", "obj"},
        {"the", "the", "DT", "5", "det"},
        {"club", "club", "NN", "6", "nsubj"},
        {"describes", "describe", "VBZ", "1", "acl:relcl"},
        {"as", "as", "IN", "9", "case"},
        {"a", "a", "DT", "9", "det"},
        {"retreat", "retreat", "NN", "6", "obl"}}, 6)).isTrue();
  }
}
