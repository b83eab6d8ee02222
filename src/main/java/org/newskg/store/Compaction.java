package org.newskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.KgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the TDB2 store once enough write transactions have piled up since the last compaction.
 * Each TDB2 commit leaves old blocks behind; compaction writes a fresh generation and deletes the
 * old. The count survives between runs in a small file in the store directory, so that many small
 * ingests (one article each, say, from a cron job) are compacted too.
 */
final class Compaction {
  private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);
  static final String COUNTER_FILE = "newskg-commits-since-compaction";

  private final Path storeDir;
  private final int threshold;

  Compaction(Path storeDir, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("compaction threshold %d is below 1".formatted(threshold));
    }
    this.storeDir = storeDir;
    this.threshold = threshold;
  }

  /** Records {@code commits} new write transactions; compacts and returns true when due. */
  boolean recordAndMaybeCompact(DatasetGraph dataset, int commits) {
    int total = read() + commits;
    if (total < threshold) {
      write(total);
      return false;
    }
    long before = sizeOf(storeDir);
    DatabaseMgr.compact(dataset, true);
    write(0);
    LOG.info("compacted store {}: {} -> {} bytes", storeDir, before, sizeOf(storeDir));
    return true;
  }

  private int read() {
    Path file = storeDir.resolve(COUNTER_FILE);
    try {
      return Files.exists(file) ? Integer.parseInt(Files.readString(file).strip()) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0; // a lost count only delays compaction
    }
  }

  private void write(int count) {
    try {
      Files.writeString(storeDir.resolve(COUNTER_FILE), Integer.toString(count), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KgException("cannot write " + storeDir.resolve(COUNTER_FILE), e);
    }
  }

  static long sizeOf(Path dir) {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(Compaction::size).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
