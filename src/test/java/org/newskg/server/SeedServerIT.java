package org.newskg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.GAF;
import org.newskg.rdf.SDO;
import org.newskg.store.KgStore;
import org.newskg.testsupport.NamedQuery;
import org.newskg.testsupport.SeedStore;

/**
 * The seed store served over HTTP: a named query answered by the server, and the {@code serve}
 * command of the real jar, in a JVM of its own, answering without loading any NLP class.
 */
class SeedServerIT {
  private static final String JSON = "application/sparql-results+json";
  private static final String BLINKEN = "VALUES ?entityKey { \"Antony Blinken\" }";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir Path dir;

  @Test
  void namedQueryOverHttpFindsEveryMentionOfAPersonAcrossTheSeeds() throws Exception {
    try (KgServer server =
        KgServer.builder().dataset(SeedStore.store().dataset()).port(0).build().start()) {
      List<QuerySolution> rows =
          query(server.endpoint(), NamedQuery.withValues("mentions-of-entity.rq", BLINKEN));

      assertThat(rows)
          .extracting(r -> r.getLiteral("articleId").getString())
          .containsOnly(
              "001_ad308263339f24af",
              "002_bf7c9e39a424e70b",
              "003_f8e02747d2952e30",
              "004_f21e273e5e128133");
      for (QuerySolution row : rows) {
        String text =
            Files.readString(
                SeedStore.SEEDS.resolve(row.getLiteral("articleId").getString() + ".txt"));
        String anchor = row.getLiteral("anchorOf").getString();
        assertThat(text.substring(row.getLiteral("begin").getInt(), row.getLiteral("end").getInt()))
            .isEqualTo(anchor);
        assertThat(anchor).isIn("Antony Blinken", "Blinken", "Secretary of State Antony Blinken");
      }
      assertThat(rows)
          .extracting(r -> r.getResource("entity").getURI())
          .containsOnly("https://w3id.org/newskg/id/entity/antony-blinken");
    }
  }

  @Test
  void aSeedEntityIriDereferencesToItsNameAndItsMentionsInEveryArticle() throws Exception {
    String blinken = "https://w3id.org/newskg/id/entity/antony-blinken";
    try (KgServer server =
        KgServer.builder().dataset(SeedStore.store().dataset()).port(0).build().start()) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(server.describeUrl("entity/antony-blinken")))
                  .header("Accept", "application/n-triples")
                  .build(),
              BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      Graph description = GraphFactory.createDefaultGraph();
      RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(description);
      Node entity = NodeFactory.createURI(blinken);
      assertThat(description.find(entity, SDO.name, Node.ANY).toList())
          .extracting(t -> t.getObject().getLiteralLexicalForm())
          .containsOnly("Antony Blinken");
      assertThat(description.find(entity, GAF.denotedBy, Node.ANY).toList())
          .extracting(t -> articleOf(t.getObject()))
          .containsOnly(
              "001-ad308263339f24af",
              "002-bf7c9e39a424e70b",
              "003-f8e02747d2952e30",
              "004-f21e273e5e128133");
    }
  }

  /** The article's IRI segment in a mention IRI {@code …/article/{id}/{sha16}#char=…}. */
  private static String articleOf(Node mention) {
    String article = mention.getURI().substring(mention.getURI().indexOf("/article/") + 9);
    return article.substring(0, article.indexOf('/'));
  }

  @Test
  void serveInAFreshJvmAnswersQueriesWithoutLoadingAnyNlpClass() throws Exception {
    Path projectDir = Path.of(System.getProperty("newskg.project.dir", "."));
    Path jar = projectDir.resolve("target/newskg.jar");
    assumeTrue(Files.isRegularFile(jar), "target/newskg.jar is built by mvn package");
    Path store = dir.resolve("store");
    try (KgStore copy = SeedStore.copyTo(store)) {
      // Let the other JVM lock and open the store.
      TDBInternal.expel(copy.dataset(), true);
    }
    Path classLog = dir.resolve("classes.log");
    Process serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Xlog:class+load=info:file=" + classLog,
                "-jar",
                jar.toString(),
                "serve",
                "--store",
                store.toString(),
                "--port",
                "0")
            .redirectError(dir.resolve("serve.err").toFile())
            .start();
    try {
      String endpoint = awaitEndpoint(serve);
      List<QuerySolution> rows =
          query(endpoint, NamedQuery.withValues("mentions-of-entity.rq", BLINKEN));
      assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
    } finally {
      serve.destroy(); // SIGTERM: the shutdown hook stops the server
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly().waitFor();
      }
    }
    List<String> loaded = Files.readAllLines(classLog);
    assertThat(loaded).anyMatch(l -> l.contains("org.newskg.server.KgServer "));
    assertThat(loaded).noneMatch(l -> l.contains(" edu.stanford.nlp."));
    assertThat(loaded).noneMatch(l -> l.contains(" org.newskg.nlp."));
  }

  /** Reads the server's stdout until it prints its endpoint; fails after a minute. */
  private static String awaitEndpoint(Process process) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> endpoint =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.startsWith("SPARQL endpoint: ")) {
                    return line.substring("SPARQL endpoint: ".length()).strip();
                  }
                }
                throw new IllegalStateException(
                    "serve ended without an endpoint, exit " + process.waitFor());
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    return endpoint.get(60, TimeUnit.SECONDS);
  }

  private static List<QuerySolution> query(String endpoint, String sparql) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(endpoint))
                .POST(BodyPublishers.ofString(sparql))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .timeout(Duration.ofSeconds(30))
                .build(),
            BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    ResultSet results =
        ResultSetMgr.read(
            new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
            ResultSetLang.RS_JSON);
    List<QuerySolution> rows = new ArrayList<>();
    results.forEachRemaining(rows::add);
    return rows;
  }
}
