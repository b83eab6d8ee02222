package org.newskg.pipeline;

import java.time.Duration;
import java.util.List;
import org.newskg.ingest.IngestProblem;

/**
 * What an ingest run did.
 *
 * @param stored article versions written (new articles and revisions)
 * @param revised of those, versions that revise an article already stored
 * @param unchanged articles skipped because the store already holds their exact text
 * @param failed inputs that gave no stored article, each with file, position and reason
 * @param warnings problems next to articles that were still stored (a bad sidecar, say)
 */
public record IngestReport(
    int stored,
    int revised,
    int unchanged,
    List<IngestProblem> failed,
    List<IngestProblem> warnings,
    long quads,
    Duration elapsed,
    boolean compacted) {

  public IngestReport {
    failed = List.copyOf(failed);
    warnings = List.copyOf(warnings);
  }

  public boolean hasFailures() {
    return !failed.isEmpty();
  }
}
