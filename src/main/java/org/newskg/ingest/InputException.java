package org.newskg.ingest;

import org.newskg.KgException;

/**
 * Bad input found while reading one file or line: where and why. Thrown and caught inside this
 * package only; it leaves as an {@link IngestProblem}.
 */
final class InputException extends KgException {
  private static final long serialVersionUID = 1L;

  private final String position;

  InputException(String position, String reason) {
    super(reason);
    this.position = position;
  }

  String position() {
    return position;
  }

  IngestProblem toProblem(String file) {
    return new IngestProblem(file, position, getMessage());
  }
}
