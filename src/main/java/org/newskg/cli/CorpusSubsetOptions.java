package org.newskg.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Option;

/** The options of the evaluations that run CoreNLP over a corpus: which part, and where to cache. */
final class CorpusSubsetOptions {
  /**
   * The highest topic number "odd" and "even" stand for: ECB+ numbers its topics from 1 (45 in the
   * whole corpus), so this is only a bound.
   */
  private static final int HIGHEST_TOPIC = 999;

  @Option(
      names = "--topics",
      split = ",",
      paramLabel = "T",
      description = "Only these ECB+ topics: numbers such as 1,3,12, or odd or even for a half (default: all).")
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
    return topicNumbers().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
  }

  /** The chosen topic numbers; empty for all. A word that is no topic is a usage error. */
  Set<Integer> topicNumbers() {
    Set<Integer> out = new HashSet<>();
    for (String t : topics) {
      String word = t.strip().toLowerCase(Locale.ROOT);
      switch (word) {
        case "odd" -> IntStream.rangeClosed(1, HIGHEST_TOPIC).filter(i -> i % 2 == 1).forEach(out::add);
        case "even" -> IntStream.rangeClosed(1, HIGHEST_TOPIC).filter(i -> i % 2 == 0).forEach(out::add);
        default -> out.add(topicNumber(word));
      }
    }
    return Set.copyOf(out);
  }

  private static int topicNumber(String word) {
    try {
      int n = Integer.parseInt(word);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the word
    }
    throw new UsageError("--topics takes topic numbers (1,3,12) or odd or even, not '" + word + "'");
  }

  Optional<Path> cacheDir() {
    return Optional.ofNullable(cache);
  }
}
