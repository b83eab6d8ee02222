package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the command line in this JVM, as {@code java -jar newskg.jar} would, and captures what it
 * prints. Picocli creates its writers on first use from {@code System.out} and {@code System.err},
 * so swapping them around {@link Main#run} captures the commands' output; logs go to the stderr
 * that Log4j captured at start-up and stay out of it.
 */
public final class Cli {
  private Cli() {}

  /** A finished command: exit code, standard output, standard error. */
  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** What {@code ingest} prints as its summary's first line. */
  public record Summary(int stored, int revised, int unchanged, int failed) {
    private static final Pattern LINE =
        Pattern.compile(
            "Stored (\\d+) article version\\(s\\) \\((\\d+) revision\\(s\\)\\), skipped (\\d+)"
                + " unchanged, failed (\\d+)");

    public static Summary of(Result result) {
      Matcher m = LINE.matcher(result.out());
      if (!m.find()) {
        throw new AssertionError("no ingest summary in\n" + result);
      }
      return new Summary(
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)));
    }
  }

  public static synchronized Result run(String... args) {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      exit = Main.run(args);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
