package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Where reported clauses begin, on hand parses of sentences written for this test. */
class ReportedClauseStartsTest {

  private static ReportedClauseStarts starts(String[][] rows) {
    DependencyTree tree = new DependencyTree(HandParses.sentence(rows));
    return new ReportedClauseStarts(tree, new boolean[rows.length]);
  }

  /** "She said that taxes rise", then {@code rest}. */
  private static String[][] saidThatTaxesRise(String[]... rest) {
    String[][] opening = {
      {"She", "she", "PRP", "1", "nsubj"},
      {"said", "say", "VBD", "-1", "root"},
      {"that", "that", "IN", "4", "mark"},
      {"taxes", "tax", "NNS", "4", "nsubj"},
      {"rise", "rise", "VBP", "1", "ccomp"},
    };
    return Stream.concat(Arrays.stream(opening), Arrays.stream(rest)).toArray(String[][]::new);
  }

  @Test
  void twoThatClausesCoordinatedUnderOneVerbAreTwoReports() {
    // "She said that taxes rise , and that prices fall ."
    ReportedClauseStarts starts = starts(saidThatTaxesRise(
        new String[] {",", ",", ",", "4", "punct"},
        new String[] {"and", "and", "CC", "9", "cc"},
        new String[] {"that", "that", "IN", "9", "mark"},
        new String[] {"prices", "price", "NNS", "9", "nsubj"},
        new String[] {"fall", "fall", "VBP", "4", "conj"},
        new String[] {".", ".", ".", "1", "punct"}));
    List<int[]> parts = starts.coordinatedThatClauses(new int[] {2, 10});
    assertThat(parts).containsExactly(new int[] {2, 5}, new int[] {8, 10});
    assertThat(starts.trimmed(parts.get(0))).containsExactly(3, 5);
  }

  @Test
  void oneThatOverTwoCoordinatedClausesIsOneReport() {
    // "She said that taxes rise and prices fall ."
    ReportedClauseStarts starts = starts(saidThatTaxesRise(
        new String[] {"and", "and", "CC", "7", "cc"},
        new String[] {"prices", "price", "NNS", "7", "nsubj"},
        new String[] {"fall", "fall", "VBP", "4", "conj"},
        new String[] {".", ".", ".", "1", "punct"}));
    assertThat(starts.coordinatedThatClauses(new int[] {2, 8})).containsExactly(new int[] {2, 8});
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
    assertThat(starts.trimmed(new int[] {0, 7})).containsExactly(5, 7);
  }
}
