package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every subcommand shares. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "data",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path store;
}
