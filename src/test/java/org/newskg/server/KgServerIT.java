package org.newskg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;

/**
 * A real server on a free port over a TDB2 store holding the two-article fixture, called over HTTP
 * with the JDK client. Starting it also checks that the servlet API on the classpath is the one
 * Fuseki 5.6 needs (jakarta.servlet 6.x, not CoreNLP's 4.0.4).
 */
class KgServerIT {
  private static final String JSON = "application/sparql-results+json";
  private static final String GAF = "PREFIX gaf: <http://groundedannotationframework.org/gaf#> ";
  private static final String SCHEMA = "PREFIX schema: <https://schema.org/> ";

  /** No GRAPH clause: answered from the union default graph. */
  private static final String MENTIONS_OF_PESKOV =
      GAF + "SELECT ?m { <" + Fixtures.PESKOV + "> gaf:denotedBy ?m } ORDER BY ?m";

  @TempDir static Path dir;
  private static KgStore store;
  private static KgServer server;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() {
    Path tdb2 = dir.resolve("tdb2");
    store = Fixtures.store(tdb2);
    server =
        KgServer.builder()
            .store(tdb2)
            .port(0)
            .queryTimeout(Duration.ofSeconds(1))
            .corsOrigins("*")
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    store.close();
  }

  @Test
  void endpointIsTheLocalSparqlUrlOnTheChosenPort() {
    assertThat(server.port()).isPositive();
    assertThat(server.endpoint()).isEqualTo("http://localhost:" + server.port() + "/kg/sparql");
  }

  @Test
  void getOnSparqlSeesBothArticleGraphsThroughTheUnionDefaultGraph() throws Exception {
    HttpResponse<String> response =
        send(
            get(server.endpoint() + "?query=" + encode(MENTIONS_OF_PESKOV)).header("Accept", JSON));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(JSON));
    assertThat(column(response.body(), "m"))
        .containsExactly(
            Fixtures.ARTICLE_1 + "#char=27,40",
            Fixtures.ARTICLE_2 + "#char=0,13",
            Fixtures.ARTICLE_2 + "#char=82,88");
  }

  @Test
  void postOnQueryAnswersFromBothGraphs() throws Exception {
    String places =
        SCHEMA + "SELECT ?name { ?place a schema:Place ; schema:name ?name } ORDER BY ?name";
    HttpResponse<String> form =
        send(
            post(dataset("query"), "application/x-www-form-urlencoded", "query=" + encode(places))
                .header("Accept", JSON));
    HttpResponse<String> direct =
        send(post(dataset("query"), "application/sparql-query", places).header("Accept", JSON));

    for (HttpResponse<String> response : List.of(form, direct)) {
      assertThat(response.statusCode()).isEqualTo(200);
      // Geneva is only in the first article's graph, Moscow only in the second's.
      assertThat(column(response.body(), "name")).containsExactly("Geneva", "Moscow");
    }
  }

  @Test
  void graphVariableListsBothArticleGraphs() throws Exception {
    String query = "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g";
    HttpResponse<String> response =
        send(get(server.endpoint() + "?query=" + encode(query)).header("Accept", JSON));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(column(response.body(), "g")).containsExactly(Fixtures.GRAPH_1, Fixtures.GRAPH_2);
  }

  @Test
  void getReturnsOneArticleGraphAsTurtleOrNTriples() throws Exception {
    Graph expected = Fixtures.inMemory().getGraph(Fixtures.iri(Fixtures.GRAPH_1));
    for (String type : List.of("text/turtle", "application/n-triples")) {
      HttpResponse<String> response =
          send(get(dataset("get") + "?graph=" + encode(Fixtures.GRAPH_1)).header("Accept", type));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith(type));
      Graph actual = parseGraph(response.body(), type);
      assertThat(IsoMatcher.isomorphic(expected, actual)).as(type).isTrue();
    }
  }

  @Test
  void getDefaultIsTheUnionOfTheArticleGraphs() throws Exception {
    DatasetGraph fixture = Fixtures.inMemory();
    Graph expected = GraphFactory.createDefaultGraph();
    fixture.getUnionGraph().find().forEach(expected::add);

    for (String target : List.of("?default", "?graph=default", "?graph=union")) {
      HttpResponse<String> response =
          send(get(dataset("get") + target).header("Accept", "application/n-triples"));

      assertThat(response.statusCode()).as(target).isEqualTo(200);
      Graph actual = parseGraph(response.body(), "application/n-triples");
      assertThat(actual.size()).as(target).isEqualTo(expected.size());
      assertThat(IsoMatcher.isomorphic(expected, actual)).as(target).isTrue();
    }
  }

  @Test
  void getWithoutParametersReturnsEveryNamedGraph() throws Exception {
    HttpResponse<String> response =
        send(get(dataset("get")).header("Accept", "application/n-quads"));

    assertThat(response.statusCode()).isEqualTo(200);
    DatasetGraph actual = DatasetGraphFactory.create();
    RDFParser.fromString(response.body(), Lang.NQUADS).parse(actual);
    assertThat(IsoMatcher.isomorphic(Fixtures.inMemory(), actual)).isTrue();
  }

  @Test
  void getOfAnUnknownGraphIsNotFound() throws Exception {
    HttpResponse<String> response =
        send(get(dataset("get") + "?graph=" + encode("urn:x:no-such-graph")));
    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void writesAreRefusedAndTheStoreIsUnchanged() throws Exception {
    long before = quadCount();
    String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }";
    String drop = "DROP GRAPH <" + Fixtures.GRAPH_1 + ">";
    String turtle = "<urn:x:s> <urn:x:p> 1 .";
    List<HttpRequest> writes =
        List.of(
            post(server.endpoint(), "application/sparql-update", update).build(),
            post(server.endpoint(), "application/x-www-form-urlencoded", "update=" + encode(drop))
                .build(),
            post(dataset("query"), "application/sparql-update", drop).build(),
            post(dataset("update"), "application/sparql-update", update).build(),
            post(server.datasetUrl(), "application/sparql-update", update).build(),
            post(server.datasetUrl(), "text/turtle", turtle).build(),
            post(dataset("get") + "?default", "text/turtle", turtle).build(),
            HttpRequest.newBuilder(
                    URI.create(dataset("get") + "?graph=" + encode(Fixtures.GRAPH_1)))
                .PUT(BodyPublishers.ofString(turtle))
                .header("Content-Type", "text/turtle")
                .build(),
            HttpRequest.newBuilder(
                    URI.create(dataset("get") + "?graph=" + encode(Fixtures.GRAPH_1)))
                .DELETE()
                .build(),
            post(dataset("upload"), "text/turtle", turtle).build());

    for (HttpRequest write : writes) {
      // A fresh client each time: after refusing a request without reading its body, Jetty may
      // close the connection, and a pooled client could send the next request down it.
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(write, BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as("%s %s", write.method(), write.uri())
          .isBetween(400, 499);
    }
    assertThat(quadCount()).isEqualTo(before);
    DatasetGraph dsg = store.dataset();
    assertThat(Txn.calculateRead(dsg, () -> dsg.containsGraph(Fixtures.iri(Fixtures.GRAPH_1))))
        .isTrue();
  }

  @Test
  void corsHeadersOnRequestsWithAnOrigin() throws Exception {
    String origin = "https://notebook.example.org";
    HttpResponse<String> response =
        send(
            get(server.endpoint() + "?query=" + encode("ASK {}"))
                .header("Origin", origin)
                .header("Accept", JSON));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValueSatisfying(value -> assertThat(value).isIn("*", origin));
  }

  @Test
  void corsPreflightIsAnswered() throws Exception {
    String origin = "https://notebook.example.org";
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(dataset("query")))
                .method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type"));

    assertThat(response.statusCode()).isBetween(200, 204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValueSatisfying(value -> assertThat(value).isIn("*", origin));
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValueSatisfying(value -> assertThat(value).contains("POST").doesNotContain("PUT"));
  }

  @Test
  void longQueryIsCutOffByTheTimeout() throws Exception {
    // A five-way cross join of the ~170 quads: about 10^11 rows, hours without the timeout.
    // GRAPH patterns, so that it does not depend on the union default graph.
    String query =
        "SELECT (COUNT(*) AS ?n) { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } "
            + "GRAPH ?g3 { ?g ?h ?i } GRAPH ?g4 { ?j ?k ?l } GRAPH ?g5 { ?m ?n1 ?o } }";
    long start = System.nanoTime();
    HttpResponse<String> response =
        send(
            get(server.endpoint() + "?query=" + encode(query))
                .header("Accept", JSON)
                .timeout(Duration.ofSeconds(60)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("timed out");
    assertThat(took).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void exampleQueryRanksTheSharedEntityFirst() throws Exception {
    HttpResponse<String> response =
        send(
            get(server.endpoint() + "?query=" + encode(server.exampleQuery()))
                .header("Accept", "text/csv"));

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> lines = response.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("entity,name,articles");
    assertThat(lines.get(1)).isEqualTo(Fixtures.PESKOV + ",Dmitry Peskov,2");
    assertThat(lines).hasSize(1 + 4); // Peskov, Geneva, Kremlin, Moscow
    assertThat(server.exampleCurl()).contains(server.endpoint());
  }

  @Test
  void restrictedOriginsOnlyGetCorsHeaders() throws Exception {
    try (KgServer restricted =
        KgServer.builder()
            .dataset(store.dataset())
            .port(0)
            .corsOrigins("https://allowed.example")
            .build()
            .start()) {
      String url = restricted.endpoint() + "?query=" + encode("ASK {}");
      HttpResponse<String> allowed = send(get(url).header("Origin", "https://allowed.example"));
      HttpResponse<String> other = send(get(url).header("Origin", "https://other.example"));

      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://allowed.example");
      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    // The caller's dataset outlives a server that was given it.
    assertThat(quadCount()).isPositive();
  }

  @Test
  void anEntityIriDereferencesToEveryTripleAboutItInTheAcceptedSyntax() throws Exception {
    Graph expected =
        union(
            t ->
                t.getSubject().getURI().equals(Fixtures.PESKOV)
                    || t.getObject().isURI() && t.getObject().getURI().equals(Fixtures.PESKOV));
    String path = Fixtures.PESKOV.substring(Fixtures.BASE.length());
    for (String type : List.of("text/turtle", "application/n-triples", "application/ld+json")) {
      HttpResponse<String> response = send(get(server.describeUrl(path)).header("Accept", type));

      assertThat(response.statusCode()).as(type).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith(type));
      assertThat(response.headers().firstValue("Vary")).contains("Accept");
      Graph actual = parseGraph(response.body(), type);
      assertThat(IsoMatcher.isomorphic(expected, actual)).as(type).isTrue();
    }
  }

  @Test
  void anArticleIriAlsoGivesTheResourcesOfItsFragmentsAndAGraphIriTheWholeGraph() throws Exception {
    String article = Fixtures.ARTICLE_1;
    Graph expected =
        union(
            t ->
                t.getSubject().getURI().equals(article)
                    || t.getSubject().getURI().startsWith(article + "#")
                    || t.getObject().isURI() && t.getObject().getURI().equals(article));
    HttpResponse<String> response =
        send(get(server.describeUrl(article.substring(Fixtures.BASE.length()))));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
    Graph actual = parseGraph(response.body(), "text/turtle");
    assertThat(actual.find(Node.ANY, Node.ANY, Node.ANY).toList())
        .anyMatch(t -> t.getSubject().getURI().startsWith(article + "#char="));
    assertThat(IsoMatcher.isomorphic(expected, actual)).isTrue();

    Graph graph = Fixtures.inMemory().getGraph(Fixtures.iri(Fixtures.GRAPH_1));
    HttpResponse<String> whole =
        send(get(server.describeUrl(Fixtures.GRAPH_1.substring(Fixtures.BASE.length()))));
    assertThat(IsoMatcher.isomorphic(graph, parseGraph(whole.body(), "text/turtle"))).isTrue();
  }

  @Test
  void anIriNothingIsKnownAboutIsNotFound() throws Exception {
    HttpResponse<String> response = send(get(server.describeUrl("entity/no-such-entity")));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains(Fixtures.BASE + "entity/no-such-entity");
  }

  /** The union graph's triples that pass the test; every subject of the fixture is an IRI. */
  private static Graph union(Predicate<Triple> test) {
    Graph out = GraphFactory.createDefaultGraph();
    Fixtures.inMemory().getUnionGraph().find().filterKeep(test).forEach(out::add);
    return out;
  }

  private static long quadCount() {
    DatasetGraph dsg = store.dataset();
    return Txn.calculateRead(dsg, () -> dsg.stream().count());
  }

  private static String dataset(String endpoint) {
    return server.datasetUrl() + "/" + endpoint;
  }

  private static HttpRequest.Builder get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(30));
  }

  private static HttpRequest.Builder post(String url, String contentType, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .POST(BodyPublishers.ofString(body))
        .header("Content-Type", contentType)
        .timeout(Duration.ofSeconds(30));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), BodyHandlers.ofString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> column(String json, String var) {
    ResultSet results =
        ResultSetMgr.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    List<String> values = new ArrayList<>();
    results.forEachRemaining(
        row -> {
          var node = row.get(var);
          values.add(
              node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI());
        });
    return values;
  }

  private static Graph parseGraph(String body, String contentType) {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.fromString(body, RDFLanguages.contentTypeToLang(contentType)).parse(graph);
    return graph;
  }
}
