package org.newskg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newskg.ingest.Article;

/** Adds up one side of the benchmark, round by round. */
final class SideTally {
  private final List<Duration> rounds = new ArrayList<>();
  private long peakBytes;
  private int articles;
  private long characters;

  void add(long nanos, long peakHeapBytes, List<Article> texts) {
    rounds.add(Duration.ofNanos(nanos));
    peakBytes = Math.max(peakBytes, peakHeapBytes);
    articles += texts.size();
    characters += texts.stream().mapToLong(a -> a.text().length()).sum();
  }

  double lastSeconds() {
    return rounds.get(rounds.size() - 1).toNanos() / 1e9;
  }

  BenchResult.Side toSide() {
    return new BenchResult.Side(rounds, peakBytes, articles, characters);
  }
}
