package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar newskg.jar <subcommand>}: the entry point. */
@Command(
    name = "newskg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds a provenance-first knowledge graph from news articles and serves it.",
    subcommands = {
      IngestCommand.class,
      ServeCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      ValidateCommand.class,
      RemoveCommand.class,
      EvaluateCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:done, but some inputs failed or the store has violations",
      "2:usage error",
      "3:could not run (store locked or unreadable, port in use, …)"
    })
public final class Main {
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;
  static final int CANNOT_RUN = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code, without exiting: for tests. */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(
            (ex, cmd, parsed) -> {
              cmd.getErr().println("newskg: " + ex.getMessage());
              return ex instanceof UsageError ? USAGE : CANNOT_RUN;
            })
        .execute(args);
  }
}
