package org.newskg.cli;

/** A command line that names something that does not exist (a format, say): exit code 2. */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message);
  }
}
