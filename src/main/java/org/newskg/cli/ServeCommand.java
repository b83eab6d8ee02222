package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newskg.KgException;
import org.newskg.server.KgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store read-only over SPARQL at http://localhost:PORT/kg/sparql"
          + " (also /kg/query, and /kg/get for Graph Store reads), with the union of the"
          + " article graphs as the default graph, and linked data at /id/PATH (the description"
          + " of the IRI BASE-IRI + PATH, in Turtle, N-Triples, JSON-LD or RDF/XML as the client"
          + " accepts). Loads no NLP models. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin BaseIriOption base;

  @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--timeout",
      defaultValue = "30",
      description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--cors-origin",
      defaultValue = "*",
      description = "Origins allowed by CORS (default: ${DEFAULT-VALUE}).")
  String[] corsOrigins;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(store.store)) {
      throw new KgException("no store at " + store.store + "; run ingest first");
    }
    KgServer server =
        KgServer.builder()
            .store(store.store)
            .port(port)
            .queryTimeout(Duration.ofSeconds(timeoutSeconds))
            .corsOrigins(corsOrigins)
            .baseIri(base.baseIri)
            .build()
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  stopped.countDown();
                }));
    out.println("SPARQL endpoint: " + server.endpoint());
    out.println("Try it:");
    out.println(server.exampleCurl());
    out.println("Linked data: " + server.describeUrl("entity/KEY") + " describes " + base.baseIri + "entity/KEY");
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return 0;
  }
}
