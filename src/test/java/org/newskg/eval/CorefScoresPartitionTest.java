package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand cases for the CoNLL scorer, on mention-to-cluster maps as ECB+ gives them. */
class CorefScoresPartitionTest {
  private static CorefScores.Result score(
      java.util.Map<String, String> key, java.util.Map<String, String> response) {
    return CorefScores.score(CorefScores.fromPartition(key), CorefScores.fromPartition(response));
  }

  private static final double EPS = 1e-9;

  /** "a b c | d e f g" as mention → cluster. */
  private static Map<String, String> partition(String spec) {
    Map<String, String> out = new LinkedHashMap<>();
    String[] clusters = spec.split("\\|");
    for (int c = 0; c < clusters.length; c++) {
      for (String m : clusters[c].trim().split("\\s+")) {
        out.put(m, "c" + c);
      }
    }
    return out;
  }

  @Test
  void scoresTheWorkedExampleOfTheReferenceScorerPaper() {
    // Pradhan et al. 2014, "Scoring coreference partitions of predicted mentions", figure 1.
    CorefScores.Result s = score(partition("a b c | d e f g"), partition("a b | c d | f g h i"));
    assertThat(s.muc().recall()).isCloseTo(0.4, within(EPS));
    assertThat(s.muc().precision()).isCloseTo(0.4, within(EPS));
    assertThat(s.b3().recall()).isCloseTo(35.0 / 12 / 7, within(EPS));
    assertThat(s.b3().precision()).isCloseTo(0.5, within(EPS));
    assertThat(s.ceafe().recall()).isCloseTo(0.65, within(EPS));
    assertThat(s.ceafe().precision()).isCloseTo(1.3 / 3, within(EPS));
    double f = 2 * 0.65 * (1.3 / 3) / (0.65 + 1.3 / 3);
    double b3f = 2 * 0.5 * (35.0 / 84) / (0.5 + 35.0 / 84);
    assertThat(s.conll()).isCloseTo((0.4 + b3f + f) / 3, within(EPS));
  }

  @Test
  void identicalPartitionsScoreOne() {
    Map<String, String> key = partition("a b c | d e | f");
    CorefScores.Result s = score(key, partition("d e | f | a b c"));
    assertThat(s.conll()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void allSingletonsGetNoMucButFullB3AndCeafOnSingletonKeys() {
    Map<String, String> singles = partition("a | b | c");
    CorefScores.Result s = score(singles, singles);
    assertThat(s.muc().f1()).isZero();
    assertThat(s.b3().f1()).isCloseTo(1.0, within(EPS));
    assertThat(s.ceafe().f1()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void mergingEverythingHasFullMucRecallAndLowB3Precision() {
    CorefScores.Result s = score(partition("a b | c d"), partition("a b c d"));
    assertThat(s.muc().recall()).isCloseTo(1.0, within(EPS));
    assertThat(s.muc().precision()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.b3().recall()).isCloseTo(1.0, within(EPS));
    assertThat(s.b3().precision()).isCloseTo(0.5, within(EPS));
    // One response cluster aligns with one key cluster: φ4 = 2·2/(2+4).
    assertThat(s.ceafe().recall()).isCloseTo(2.0 / 3 / 2, within(EPS));
    assertThat(s.ceafe().precision()).isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void ceafAlignmentPicksTheBestAssignmentNotTheGreedyOne() {
    // Greedy would take 0.9 then 0.1 (1.0); the best is 0.8 + 0.8.
    double[][] w = {{0.9, 0.8}, {0.8, 0.1}};
    assertThat(Assignment.maximum(w)).isCloseTo(1.6, within(EPS));
    double[][] wide = {{0.2, 0.5, 0.4}};
    assertThat(Assignment.maximum(wide)).isCloseTo(0.5, within(EPS));
    double[][] tall = {{0.2}, {0.7}, {0.4}};
    assertThat(Assignment.maximum(tall)).isCloseTo(0.7, within(EPS));
  }
}
