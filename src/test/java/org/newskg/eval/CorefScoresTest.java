package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorefScoresTest {
  /** The worked example of Pradhan et al. (2014), "Scoring coreference partitions …". */
  private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));

  private static final List<Set<String>> RESPONSE =
      List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));

  @Test
  void mucCountsLinksOfTheWorkedExample() {
    CorefScores.Score muc = CorefScores.muc(KEY, RESPONSE);
    assertThat(muc.recall()).isCloseTo(0.4, within(1e-9));
    assertThat(muc.precision()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void bCubedCountsMentionsOfTheWorkedExample() {
    CorefScores.Score b3 = CorefScores.b3(KEY, RESPONSE);
    assertThat(b3.recall()).isCloseTo(35.0 / 12 / 7, within(1e-9));
    assertThat(b3.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(b3.f1()).isCloseTo(0.4545, within(1e-4));
  }

  @Test
  void ceafeAlignsClustersOneToOneForTheBestTotal() {
    CorefScores.Score ceafe = CorefScores.ceafe(KEY, RESPONSE);
    // K1–R1 (φ4 0.8) and K2–R3 (0.5) beat K1–R1 with K2–R2 (0.333).
    assertThat(ceafe.recall()).isCloseTo(1.3 / 2, within(1e-9));
    assertThat(ceafe.precision()).isCloseTo(1.3 / 3, within(1e-9));
  }

  @Test
  void identicalPartitionsScoreOneEverywhere() {
    CorefScores.Result r = CorefScores.score(KEY, KEY);
    assertThat(r.conll()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void mergingEverythingKeepsMucRecallButLosesPrecision() {
    List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("e"));
    List<Set<String>> all = List.of(Set.of("a", "b", "c", "d", "e"));
    CorefScores.Result r = CorefScores.score(key, all);
    assertThat(r.muc().recall()).isCloseTo(1.0, within(1e-9));
    assertThat(r.muc().precision()).isCloseTo(2.0 / 4, within(1e-9));
    // B³ precision: (4/5 + 4/5 + 1/5) / 5
    assertThat(r.b3().precision()).isCloseTo(9.0 / 25, within(1e-9));
    assertThat(r.b3().recall()).isCloseTo(1.0, within(1e-9));
    // CEAF-e: the one response cluster aligns with {a,b} or {c,d}: φ4 = 4/7
    assertThat(r.ceafe().recall()).isCloseTo(4.0 / 7 / 3, within(1e-9));
    assertThat(r.ceafe().precision()).isCloseTo(4.0 / 7, within(1e-9));
  }

  @Test
  void singletonsOnlyGiveNoMucLinksButFullBCubedRecallOfSingletons() {
    List<Set<String>> key = List.of(Set.of("a"), Set.of("b"));
    List<Set<String>> response = List.of(Set.of("a"), Set.of("b"), Set.of("x"));
    CorefScores.Result r = CorefScores.score(key, response);
    assertThat(r.muc().f1()).isZero();
    assertThat(r.b3().recall()).isCloseTo(1.0, within(1e-9));
    assertThat(r.b3().precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.ceafe().precision()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void assignmentFindsTheMaximumOfARectangularMatrix() {
    double[][] w = {{0.8, 0.4, 0}, {0, 0.333, 0.5}};
    assertThat(Assignment.maximum(w)).isCloseTo(1.3, within(1e-9));
    double[][] cross = {{1, 3}, {3, 1}, {2, 2}};
    assertThat(Assignment.maximum(cross)).isCloseTo(6, within(1e-9));
  }
}
