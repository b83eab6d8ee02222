package org.newskg.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * Wall time an ingest spends in each stage, summed over its articles. Give one to {@link
 * IngestJob.Builder#stageTimes} to learn where the time of a run goes; several runs given the same
 * one add up. Safe to read while a run adds to it.
 */
public final class StageTimes {

  /** The stages of one article's way into the store. */
  public enum Stage {
    /** CoreNLP's analysis of the text, and its conversion to records. */
    NLP,
    /** Zones, named entities, roles and unnamed participants. */
    ENTITIES,
    /** Quotes, reported speech, speakers and anonymous sources. */
    STATEMENTS,
    /** Events, their participants, times and factuality. */
    EVENTS,
    /** The article's quads, built in memory. */
    GRAPH,
    /** SHACL validation of the article's graph. */
    VALIDATION,
    /** Version look-ups, batched write transactions and compaction. */
    STORE,
    /** Rebuilding the graphs of facts merged across articles. */
    MERGE
  }

  private final long[] nanos = new long[Stage.values().length];

  synchronized void add(Stage stage, long elapsedNanos) {
    nanos[stage.ordinal()] += elapsedNanos;
  }

  /** Time spent in {@code stage} so far. */
  public synchronized Duration of(Stage stage) {
    return Duration.ofNanos(nanos[Objects.requireNonNull(stage, "stage").ordinal()]);
  }

  /** Time spent in all stages so far. */
  public synchronized Duration total() {
    long sum = 0;
    for (long n : nanos) {
      sum += n;
    }
    return Duration.ofNanos(sum);
  }
}
