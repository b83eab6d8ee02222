package org.newskg.ingest;

import java.util.Objects;

/**
 * Why one input (a file, or one line of a JSONL file) could not be turned into an article.
 *
 * @param file the path as given or found
 * @param position where in the file: "line 12", "byte 4031", or "" for the whole file
 * @param reason one sentence a user can act on
 */
public record IngestProblem(String file, String position, String reason) {
  public IngestProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return position.isEmpty() ? file + ": " + reason : file + " (" + position + "): " + reason;
  }
}
