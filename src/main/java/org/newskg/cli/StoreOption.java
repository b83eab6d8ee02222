package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.KgException;
import org.newskg.store.KgStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every subcommand shares. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "data",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  /** Opens a store that must already exist: reading commands never create an empty one. */
  KgStore openExisting() {
    if (!Files.isDirectory(store)) {
      throw new KgException("no store at " + store + "; run ingest first");
    }
    return KgStore.open(store);
  }
}
