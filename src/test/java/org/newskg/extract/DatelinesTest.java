package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.Sentence;

/** Where a sentence's own words begin, on sentences written for this test. */
class DatelinesTest {

  private static int contentStart(String[][] rows) {
    DependencyTree tree = new DependencyTree(HandParses.sentence(rows));
    Sentence sentence = tree.analysis().sentences().get(0);
    return Datelines.contentStart(tree, sentence, sentence.endToken());
  }

  @Test
  void aSentenceOpeningWithADatelineBeginsAfterItsDash() {
    // "LISBON ( Wire ) — Officials said it rained ."
    assertThat(contentStart(new String[][] {
        {"LISBON", "Lisbon", "NNP", "6", "dep"},
        {"(", "(", "-LRB-", "2", "punct"},
        {"Wire", "Wire", "NNP", "0", "appos"},
        {")", ")", "-RRB-", "2", "punct"},
        {"—", "—", ":", "6", "punct"},
        {"Officials", "official", "NNS", "6", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"it", "it", "PRP", "8", "nsubj"},
        {"rained", "rain", "VBD", "6", "ccomp"},
        {".", ".", ".", "6", "punct"}})).isEqualTo(5);
  }

  @Test
  void aSentenceWithoutADatelineBeginsAtItsFirstWord() {
    // "Officials said it rained ."
    assertThat(contentStart(new String[][] {
        {"Officials", "official", "NNS", "1", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"it", "it", "PRP", "3", "nsubj"},
        {"rained", "rain", "VBD", "1", "ccomp"},
        {".", ".", ".", "1", "punct"}})).isZero();
  }
}
