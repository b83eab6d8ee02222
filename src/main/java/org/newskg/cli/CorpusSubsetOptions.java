package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The options of the evaluations that run CoreNLP over a corpus: which part, and where to cache. */
final class CorpusSubsetOptions {
  @Option(
      names = "--topics",
      split = ",",
      paramLabel = "T",
      description = "Only these ECB+ topic numbers, e.g. 1,3,12 (default: all).")
  List<String> topics = List.of();

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "At most this many documents per corpus (default: all).")
  int limit;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Keep CoreNLP analyses here and reuse them on the next run.")
  Path cache;

  Set<String> topicNames() {
    return Set.copyOf(topics);
  }

  Set<Integer> topicNumbers() {
    try {
      return topics.stream().map(String::strip).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    } catch (NumberFormatException e) {
      throw new UsageError("--topics takes topic numbers, e.g. 1,3,12: " + e.getMessage());
    }
  }

  Optional<Path> cacheDir() {
    return Optional.ofNullable(cache);
  }
}
