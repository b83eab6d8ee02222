package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.pipeline.StageTimes.Stage;

/** The benchmark's arithmetic and report, on figures given by hand. */
class BenchResultTest {
  private static final BenchResult RESULT =
      new BenchResult(
          4,
          2,
          "temporary, deleted",
          Duration.ofSeconds(20),
          new BenchResult.Side(
              List.of(Duration.ofSeconds(10), Duration.ofSeconds(30)), 3L << 30, 4, 8000),
          new BenchResult.Side(
              List.of(Duration.ofSeconds(12), Duration.ofSeconds(30)), 4L << 30, 4, 8000),
          Map.of(
              Stage.NLP, Duration.ofSeconds(40),
              Stage.STATEMENTS, Duration.ofSeconds(1),
              Stage.GRAPH, Duration.ZERO,
              Stage.VALIDATION, Duration.ZERO,
              Stage.STORE, Duration.ZERO),
          1234,
          1L << 30,
          6L << 30);

  @Test
  void ratioIsNewskgTimeOverPlainTimeOverAllRoundsAndRoundByRound() {
    assertThat(RESULT.ratio()).isCloseTo(42.0 / 40.0, within(1e-9));
    assertThat(RESULT.roundRatios()).containsExactly(1.0, 1.2);
    assertThat(RESULT.plain().articlesPerSecond()).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void reportGivesSpeedsRatioStageSharesAndHeap() {
    assertThat(RESULT.report())
        .contains("plain CoreNLP       40.0       0.100        200            3072")
        .contains("newskg ingest       42.0       0.095        190            4096")
        .contains(
            "newskg / plain CoreNLP time: 1.050 (per round: median 1.100, min 1.000, max 1.200)")
        .containsPattern("NLP \\(CoreNLP \\+ conversion to records\\) +40\\.0 s +95\\.2 %")
        .containsPattern("extraction: statements +1\\.0 s +2\\.4 %")
        .containsPattern("other \\(reading input, hashing\\) +1\\.0 s +2\\.4 %")
        .contains("heap after full GC at the end: 1024 MiB");
  }
}
