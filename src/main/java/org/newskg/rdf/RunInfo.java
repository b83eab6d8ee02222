package org.newskg.rdf;

import java.time.Instant;
import java.util.Objects;

/**
 * The provenance of one article graph: which software made it, with which settings, and when.
 *
 * @param settingsJson the pipeline settings (NLP properties, rule versions) as canonical JSON
 */
public record RunInfo(
    String softwareVersion, String nlpSoftware, String settingsJson, Instant started, Instant ended) {
  public RunInfo {
    Objects.requireNonNull(softwareVersion, "softwareVersion");
    Objects.requireNonNull(nlpSoftware, "nlpSoftware");
    Objects.requireNonNull(settingsJson, "settingsJson");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
    if (ended.isBefore(started)) {
      throw new IllegalArgumentException("run ended %s before it started %s".formatted(ended, started));
    }
  }
}
