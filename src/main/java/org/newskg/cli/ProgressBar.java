package org.newskg.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on a terminal; on a pipe or log, a line every tenth of the way, so that
 * long runs show they are alive without flooding logs.
 */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean terminal = System.console() != null;
  private int lastDecile = -1;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  void update(int done, int total) {
    if (total <= 0) {
      return;
    }
    if (terminal) {
      int filled = (int) ((long) WIDTH * done / total);
      err.printf("\r[%s%s] %d/%d files", "=".repeat(filled), " ".repeat(WIDTH - filled), done, total);
      drawn = true;
    } else {
      int decile = (int) (10L * done / total);
      if (decile != lastDecile && total >= 20) {
        err.printf("%d/%d files read%n", done, total);
        lastDecile = decile;
      }
    }
    err.flush();
  }

  @Override
  public void close() {
    if (drawn) {
      err.println();
      drawn = false;
    }
    err.flush();
  }
}
