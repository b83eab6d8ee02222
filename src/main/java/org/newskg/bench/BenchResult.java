package org.newskg.bench;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.newskg.pipeline.StageTimes;
import org.newskg.pipeline.StageTimes.Stage;

/**
 * What one benchmark run measured.
 *
 * @param modelLoad time to load the CoreNLP models (once, before anything is timed)
 * @param plain plain CoreNLP on the texts
 * @param newskg newskg's whole ingest of the same texts into the store
 * @param stages newskg's time in each stage, summed over the timed rounds
 * @param heapAfterGc heap in use after a full collection at the end (models, caches)
 */
public record BenchResult(
    int articles,
    int rounds,
    String store,
    Duration modelLoad,
    Side plain,
    Side newskg,
    Map<Stage, Duration> stages,
    long quads,
    long heapAfterGc,
    long maxHeap) {

  /** One side: its time in each round, its highest peak heap, and what it read. */
  public record Side(List<Duration> rounds, long peakHeapBytes, int articles, long characters) {
    public Side {
      rounds = List.copyOf(rounds);
    }

    public Duration total() {
      return rounds.stream().reduce(Duration.ZERO, Duration::plus);
    }

    public double articlesPerSecond() {
      return articles / seconds(total());
    }
  }

  public BenchResult {
    Objects.requireNonNull(plain, "plain");
    Objects.requireNonNull(newskg, "newskg");
    if (plain.rounds().size() != newskg.rounds().size()) {
      throw new IllegalArgumentException(
          "%d plain rounds but %d newskg rounds"
              .formatted(plain.rounds().size(), newskg.rounds().size()));
    }
    stages = Map.copyOf(stages);
  }

  static Map<Stage, Duration> stagesOf(StageTimes times) {
    Map<Stage, Duration> out = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      out.put(s, times.of(s));
    }
    return out;
  }

  /** newskg's time over plain CoreNLP's, for all rounds: the figure that matters. */
  public double ratio() {
    return seconds(newskg.total()) / seconds(plain.total());
  }

  /** The same ratio round by round, sorted. */
  public List<Double> roundRatios() {
    return IntStream.range(0, plain.rounds().size())
        .mapToObj(i -> seconds(newskg.rounds().get(i)) / seconds(plain.rounds().get(i)))
        .sorted()
        .toList();
  }

  /** The result as a few lines of text for a terminal or the README. */
  public String report() {
    List<Double> ratios = roundRatios();
    double median =
        ratios.size() % 2 == 1
            ? ratios.get(ratios.size() / 2)
            : (ratios.get(ratios.size() / 2 - 1) + ratios.get(ratios.size() / 2)) / 2;
    StringBuilder b = new StringBuilder();
    line(
        b,
        "%d articles (copies of the seeds, distinct ids) in %d alternating rounds; store %s",
        articles,
        rounds,
        store);
    line(
        b,
        "CoreNLP models loaded in %.1f s, before timing; max heap %d MiB",
        seconds(modelLoad),
        mib(maxHeap));
    line(b, "");
    line(b, "%-14s %9s %11s %10s %15s", "", "time (s)", "articles/s", "chars/s", "peak heap (MiB)");
    side(b, "plain CoreNLP", plain);
    side(b, "newskg ingest", newskg);
    line(b, "");
    line(
        b,
        "newskg / plain CoreNLP time: %.3f (per round: median %.3f, min %.3f, max %.3f)",
        ratio(),
        median,
        ratios.get(0),
        ratios.get(ratios.size() - 1));
    line(b, "");
    line(b, "newskg time by stage:");
    double total = seconds(newskg.total());
    double staged = 0;
    for (Stage s : Stage.values()) {
      double sec = seconds(stages.getOrDefault(s, Duration.ZERO));
      staged += sec;
      line(b, "  %-38s %8.1f s %6.1f %%", label(s), sec, 100 * sec / total);
    }
    line(
        b,
        "  %-38s %8.1f s %6.1f %%",
        "other (reading input, hashing)",
        total - staged,
        100 * (total - staged) / total);
    line(b, "");
    line(
        b,
        "store: %d quads written; heap after full GC at the end: %d MiB",
        quads,
        mib(heapAfterGc));
    return b.toString();
  }

  private static String label(Stage s) {
    return switch (s) {
      case NLP -> "NLP (CoreNLP + conversion to records)";
      case ENTITIES -> "extraction: entities";
      case STATEMENTS -> "extraction: statements";
      case EVENTS -> "extraction: events";
      case GRAPH -> "graph building";
      case VALIDATION -> "SHACL validation";
      case STORE -> "store (look-ups, writes, compaction)";
      case MERGE -> "merged graphs across articles";
    };
  }

  private static void side(StringBuilder b, String name, Side s) {
    double sec = seconds(s.total());
    line(
        b,
        "%-14s %9.1f %11.3f %10.0f %15d",
        name,
        sec,
        s.articlesPerSecond(),
        s.characters() / sec,
        mib(s.peakHeapBytes()));
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static long mib(long bytes) {
    return bytes >> 20;
  }
}
