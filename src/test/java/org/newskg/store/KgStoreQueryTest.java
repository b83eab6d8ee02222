package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.KgException;
import org.newskg.store.KgStore.ResultFormat;

class KgStoreQueryTest {
  private static final String PREFIXES =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX gaf: <http://groundedannotationframework.org/gaf#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      """;

  /** Without GRAPH: only the union default graph can answer it. */
  private static final String MENTIONS_OF_PESKOV =
      PREFIXES
          + """
SELECT ?mention { <https://w3id.org/newskg/id/person/dmitry-peskov> gaf:denotedBy ?mention }
ORDER BY ?mention\
""";

  @TempDir static Path dir;
  private static KgStore store;

  @BeforeAll
  static void load() {
    store = Fixtures.store(dir.resolve("tdb2"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void tableShowsRowsFromBothArticleGraphs() {
    String table = query(MENTIONS_OF_PESKOV, ResultFormat.TABLE);
    assertThat(table)
        .contains("| mention")
        .contains("<https://w3id.org/newskg/id/article/fx-001/efebbf7f4d23aaee#char=27,40>")
        .contains("<https://w3id.org/newskg/id/article/fx-002/e7e51033fd436412#char=0,13>")
        .contains("<https://w3id.org/newskg/id/article/fx-002/e7e51033fd436412#char=82,88>");
    assertThat(table.lines().filter(l -> l.startsWith("| <"))).hasSize(3);
  }

  @Test
  void tableAbbreviatesWithTheQueryPrefixes() {
    String table =
        query(PREFIXES + "SELECT ?type { <" + Fixtures.PESKOV + "> a ?type }", ResultFormat.TABLE);
    assertThat(table).contains("schema:Person").doesNotContain("<https://schema.org/Person>");
  }

  @Test
  void csvHasAHeaderAndOneLinePerRowQuotingCommas() {
    String csv = query(MENTIONS_OF_PESKOV, ResultFormat.CSV);
    assertThat(csv.lines().toList())
        .containsExactly(
            "mention",
            "\"" + Fixtures.ARTICLE_1 + "#char=27,40\"",
            "\"" + Fixtures.ARTICLE_2 + "#char=0,13\"",
            "\"" + Fixtures.ARTICLE_2 + "#char=82,88\"");
  }

  @Test
  void jsonIsSparqlResultsJson() {
    String json = query(MENTIONS_OF_PESKOV, ResultFormat.JSON);
    ResultSet results =
        ResultSetMgr.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    assertThat(results.getResultVars()).containsExactly("mention");
    List<String> mentions = new ArrayList<>();
    results.forEachRemaining(row -> mentions.add(row.getResource("mention").getURI()));
    assertThat(mentions)
        .containsExactly(
            Fixtures.ARTICLE_1 + "#char=27,40",
            Fixtures.ARTICLE_2 + "#char=0,13",
            Fixtures.ARTICLE_2 + "#char=82,88");
  }

  @Test
  void graphVariableReachesEachArticleGraph() {
    String csv =
        query(
            "SELECT DISTINCT ?g { GRAPH ?g { <" + Fixtures.PESKOV + "> ?p ?o } } ORDER BY ?g",
            ResultFormat.CSV);
    assertThat(csv.lines().toList()).containsExactly("g", Fixtures.GRAPH_1, Fixtures.GRAPH_2);
  }

  @Test
  void askAnswersInEachFormat() {
    String ask = "ASK { <" + Fixtures.PESKOV + "> a <https://schema.org/Person> }";
    assertThat(query(ask, ResultFormat.TABLE).strip()).isEqualTo("yes");
    assertThat(query(ask, ResultFormat.CSV)).contains("true");
    assertThat(query(ask, ResultFormat.JSON)).contains("\"boolean\"").contains("true");
  }

  @Test
  void constructWritesTurtleMergedAcrossArticles() {
    String turtle =
        query(
            PREFIXES
                + "CONSTRUCT { ?x schema:name ?n ; gaf:denotedBy ?m } "
                + "WHERE { ?x a schema:Person ; schema:name ?n ; gaf:denotedBy ?m }",
            ResultFormat.TABLE);
    assertThat(turtle).contains("PREFIX schema:").contains("schema:name");
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
    Node peskov = Fixtures.iri(Fixtures.PESKOV);
    assertThat(graph.find(peskov, null, null).toList()).hasSize(4); // one name, three mentions
    assertThat(graph.size()).isEqualTo(4);
  }

  @Test
  void constructWithGraphTemplateWritesTrig() {
    String trig =
        query(
            PREFIXES
                + "CONSTRUCT { GRAPH ?g { ?g prov:wasDerivedFrom ?a } } "
                + "WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?a } }",
            ResultFormat.JSON);
    DatasetGraph quads = DatasetGraphFactory.create();
    RDFParser.fromString(trig, Lang.TRIG).parse(quads);
    assertThat(quads.getGraph(Fixtures.iri(Fixtures.GRAPH_1)).size()).isEqualTo(1);
    assertThat(quads.getGraph(Fixtures.iri(Fixtures.GRAPH_2)).size()).isEqualTo(1);
  }

  @Test
  void describeWritesTurtle() {
    String turtle = query("DESCRIBE <" + Fixtures.PESKOV + ">", ResultFormat.CSV);
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
    assertThat(graph.contains(Fixtures.iri(Fixtures.PESKOV), null, null)).isTrue();
  }

  @Test
  void updateIsRefusedAndChangesNothing() {
    long before = quadCount();
    assertThatThrownBy(
            () ->
                query(
                    "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }", ResultFormat.CSV))
        .isInstanceOf(KgException.class)
        .hasMessageContaining("not a SPARQL query");
    assertThat(quadCount()).isEqualTo(before);
  }

  @Test
  void closedStoreRefusesQueries() {
    KgStore other = KgStore.open(dir.resolve("closed"));
    other.close();
    other.close();
    assertThatThrownBy(() -> other.query("ASK {}", ResultFormat.CSV, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void openCreatesAMissingDirectory() {
    Path missing = dir.resolve("a/b/c");
    try (KgStore created = KgStore.open(missing)) {
      assertThat(missing).isDirectory();
      assertThat(query(created, "SELECT * { ?s ?p ?o }", ResultFormat.CSV).strip())
          .isEqualTo("s,p,o");
    }
  }

  private long quadCount() {
    DatasetGraph dsg = store.dataset();
    return Txn.calculateRead(dsg, () -> dsg.stream().count());
  }

  private static String query(String sparql, ResultFormat format) {
    return query(store, sparql, format);
  }

  private static String query(KgStore target, String sparql, ResultFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    target.query(sparql, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
