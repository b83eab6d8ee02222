package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.bench.BenchResult;
import org.newskg.bench.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times newskg's ingest of the seed articles, copied to N articles with distinct ids,"
          + " side by side with plain CoreNLP running the same annotators on the same texts in"
          + " this JVM; prints articles per second, the ratio, the time of each stage and the"
          + " peak heap.",
      "Run it with the heap ingest gets (java -Xmx6g -jar newskg.jar bench)."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      defaultValue = "100",
      description = "Articles to ingest, all told (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--rounds",
      defaultValue = "10",
      description =
          "Alternating rounds of plain CoreNLP and newskg the articles are split into"
              + " (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "A new TDB2 store directory to ingest into (default: a temporary one, deleted).")
  Path store;

  @Option(
      names = "--seeds",
      paramLabel = "PATH",
      defaultValue = "seeds",
      split = ",",
      description = "Articles to copy (default: ${DEFAULT-VALUE}).")
  List<Path> seeds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestBenchmark bench;
    try {
      bench =
          IngestBenchmark.builder()
              .seeds(seeds)
              .articles(articles)
              .rounds(rounds)
              .store(store)
              .build();
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    err.println("Loading CoreNLP models (takes a while, once per run)…");
    err.flush();
    BenchResult result =
        bench.run(
            line -> {
              err.println(line);
              err.flush();
            });
    out.print(result.report());
    out.flush();
    return 0;
  }
}
