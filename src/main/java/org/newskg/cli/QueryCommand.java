package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.store.KgStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "Runs a SPARQL query on the store locally (the default graph is the union of the"
            + " article graphs).")
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  static final class Source {
    @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
    Path file;

    @Option(names = "--query", paramLabel = "SPARQL", description = "The query text.")
    String text;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    KgStore.ResultFormat fmt = Formats.result(format);
    String sparql = source.text != null ? source.text : Files.readString(source.file);
    try (KgStore kg = store.openExisting()) {
      kg.query(sparql, fmt, System.out);
      System.out.flush();
    }
    return 0;
  }
}
