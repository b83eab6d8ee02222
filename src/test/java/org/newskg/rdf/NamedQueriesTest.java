package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The named queries in {@code queries/} answer correctly over the fixture graphs, queried as Fuseki
 * serves the store: TDB2 with the union of the named graphs as default graph.
 */
class NamedQueriesTest {
  private static final String ID = "https://w3id.org/newskg/id/";
  private static final String ARTICLE_1 = ID + "article/harbor-ledger-0001/daa22e03d6a2a824";
  private static final String GRAPH_1 = ID + "graph/harbor-ledger-0001/daa22e03d6a2a824";
  private static final String GRAPH_2 = ID + "graph/coastal-wire-0042/d1c62ccdcb616065";
  private static final String VELK = ID + "person/mara-velk";
  private static final Pattern HEADER =
      Pattern.compile("(?s)\\A# title: .+\\n# description: .+\\n# parameters: .+");
  private static final Pattern PARAMETER_LINE =
      Pattern.compile("(?m)^WHERE \\{\\n(  VALUES [^\\n]*)$");

  private static Dataset store;

  @BeforeAll
  static void load() {
    DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
    Txn.executeWrite(
        dsg,
        () -> {
          RDFParser.source(OntologyAndShapesTest.CONFORMING).parse(dsg);
          RDFParser.source(OntologyAndShapesTest.MORE_GRAPHS).parse(dsg);
        });
    store = DatasetFactory.wrap(dsg);
  }

  @ParameterizedTest
  @MethodSource("org.newskg.rdf.OntologyAndShapesTest#queryFiles")
  void queryHasHeaderAndBindsParametersOnTheFirstLineOfWhere(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as("header of %s", file).containsPattern(HEADER);
    assertThat(PARAMETER_LINE.matcher(text).find()).as("VALUES line of %s", file).isTrue();
  }

  @ParameterizedTest
  @MethodSource("org.newskg.rdf.OntologyAndShapesTest#queryFiles")
  void queryRunsWithItsDefaultParameters(Path file) throws IOException {
    select(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void entitiesOfArticleCountMentionsPerVersion() {
    List<QuerySolution> rows =
        run("entities-of-article.rq", "VALUES ?articleId { \"harbor-ledger-0001\" }");
    assertThat(rows)
        .filteredOn(r -> uri(r, "article").equals(ARTICLE_1))
        .extracting(r -> text(r, "name") + "=" + r.getLiteral("mentions").getInt())
        .containsExactlyInAnyOrder(
            "Mara Velk=2",
            "Tomas Ardent=2",
            "Caldorian Trade Office=1",
            "Norvik=1",
            "A ministry official who asked not to be named=1",
            "Harbor Ledger=0");
    assertThat(rows).extracting(r -> uri(r, "article")).containsOnly(ARTICLE_1, revisionIri());
  }

  @Test
  void mentionsOfEntityByAlternateNameOrIri() {
    List<String> byName =
        run("mentions-of-entity.rq", "VALUES ?entityKey { \"Velk\" }").stream()
            .map(r -> text(r, "articleId") + ":" + span(r))
            .toList();
    assertThat(byName)
        .contains("harbor-ledger-0001:42-51 Mara Velk", "harbor-ledger-0001:174-178 Velk")
        .contains("coastal-wire-0042:136-145 Mara Velk")
        .hasSize(4);
    List<String> byIri =
        run("mentions-of-entity.rq", "VALUES ?entityKey { <" + VELK + "> }").stream()
            .map(r -> text(r, "articleId") + ":" + span(r))
            .toList();
    assertThat(byIri).containsExactlyElementsOf(byName);
  }

  @Test
  void articlesSupportingTripleWithTheirMentions() {
    List<QuerySolution> rows =
        run(
            "articles-supporting-triple.rq",
            "VALUES (?s ?p ?o) { (<" + VELK + "> schema:jobTitle \"Foreign Minister\") }");
    assertThat(rows).extracting(r -> uri(r, "g")).containsOnly(GRAPH_1, GRAPH_2);
    assertThat(rows)
        .extracting(r -> text(r, "publisher") + " " + text(r, "denotes") + " " + span(r))
        .containsExactlyInAnyOrder(
            "Harbor Ledger subject 42-51 Mara Velk",
            "Harbor Ledger subject 174-178 Velk",
            "Coastal Wire subject 136-145 Mara Velk");
  }

  @Test
  void whoSaidWhatMatchesNamesAndAnonymousDescriptions() {
    assertThat(run("who-said-what.rq", "VALUES ?speakerText { \"ministry\" }"))
        .extracting(r -> text(r, "publisher") + ": " + text(r, "quote") + " / " + direct(r))
        .containsExactlyInAnyOrder(
            "Harbor Ledger: talks would continue in June / indirect",
            "Coastal Wire: We will not accept new tariffs / direct");
    assertThat(run("who-said-what.rq", "VALUES ?speakerText { \"velk\" }"))
        .extracting(r -> text(r, "speakerLabel") + " " + text(r, "date"))
        .containsExactly("Mara Velk 2023-05-02");
    assertThat(run("who-said-what.rq", "VALUES ?speakerText { UNDEF }")).hasSize(3);
  }

  @Test
  void statementSourcesGiveEachOutletsSpanAndSpeaker() {
    List<QuerySolution> rows =
        run("statement-sources.rq", "VALUES ?statementKey { \"NEW TARIFFS\" }");
    assertThat(rows)
        .extracting(r -> text(r, "publisher") + " " + span(r) + " by " + text(r, "speakerLabel"))
        .containsExactlyInAnyOrder(
            "Harbor Ledger 141-171 We will not accept new tariffs by Mara Velk",
            "Coastal Wire 39-69 We will not accept new tariffs by a ministry spokesperson");
    String merged = uri(rows.get(0), "merged");
    assertThat(run("statement-sources.rq", "VALUES ?statementKey { <" + merged + "> }"))
        .hasSameSizeAs(rows);
  }

  @Test
  void statementsByPublishersHonoursTheMinimum() {
    List<QuerySolution> rows = run("statements-by-publishers.rq", "VALUES ?minPublishers { 2 }");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getLiteral("publisherCount").getInt()).isEqualTo(2);
    assertThat(text(rows.get(0), "publishers").split(" \\| "))
        .containsExactlyInAnyOrder("Harbor Ledger", "Coastal Wire");
    assertThat(run("statements-by-publishers.rq", "VALUES ?minPublishers { 3 }")).isEmpty();
  }

  @Test
  void attributionDiscrepanciesListEachOutletsSpeaker() {
    assertThat(run("attribution-discrepancies.rq", "VALUES ?quoteText { UNDEF }"))
        .extracting(r -> text(r, "publisher") + ": " + text(r, "speakerMentionText"))
        .containsExactlyInAnyOrder("Harbor Ledger: Velk", "Coastal Wire: a ministry spokesperson");
  }

  @Test
  void graphProvenanceNamesSoftwareAndRun() {
    List<QuerySolution> rows =
        run("graph-provenance.rq", "VALUES ?articleId { \"coastal-wire-0042\" }");
    assertThat(rows).hasSize(1);
    QuerySolution row = rows.get(0);
    assertThat(uri(row, "g")).isEqualTo(GRAPH_2);
    assertThat(uri(row, "run")).isEqualTo(GRAPH_2 + "#run");
    assertThat(text(row, "softwareName") + " " + text(row, "softwareVersion"))
        .isEqualTo("newskg 0.1.0");
    assertThat(text(row, "nlpSoftware")).isEqualTo("Stanford CoreNLP 4.5.10");
    assertThat(text(row, "started")).isEqualTo("2023-05-05T09:00:03Z");
    assertThat(text(row, "settings")).contains("annotators");
  }

  @Test
  void articleRevisionsLinkEachVersionToItsPredecessorsGraph() {
    List<QuerySolution> rows =
        run("article-revisions.rq", "VALUES ?articleId { \"harbor-ledger-0001\" }");
    assertThat(rows).extracting(r -> uri(r, "article")).containsExactly(ARTICLE_1, revisionIri());
    assertThat(rows.get(0).get("previous")).isNull();
    assertThat(uri(rows.get(1), "previous")).isEqualTo(ARTICLE_1);
    assertThat(uri(rows.get(1), "previousGraph")).isEqualTo(GRAPH_1);
  }

  @Test
  void revisionChangesShowFactsAboutSharedNodesOnly() {
    List<QuerySolution> rows =
        run("revision-changes.rq", "VALUES ?articleId { \"harbor-ledger-0001\" }");
    assertThat(rows)
        .extracting(r -> text(r, "change") + " " + uri(r, "s") + " " + uri(r, "p"))
        .contains("removed " + VELK + " https://schema.org/jobTitle")
        .allSatisfy(change -> assertThat(change).doesNotContain("daa22e03d6a2a824"));
  }

  @Test
  void rolesAndAffiliationsCiteTheirSpans() {
    assertThat(run("roles-and-affiliations.rq", "VALUES ?personKey { \"Tomas Ardent\" }"))
        .extracting(r -> text(r, "jobTitle") + " @ " + text(r, "affiliationName") + " " + span(r))
        .containsExactly(
            "trade envoy @ Caldorian Trade Office 56-115 "
                + "Tomas Ardent, the trade envoy of the Caldorian Trade Office");
    assertThat(run("roles-and-affiliations.rq", "VALUES ?personKey { \"Mara Velk\" }"))
        .extracting(r -> text(r, "articleId") + " " + text(r, "jobTitle"))
        .containsExactlyInAnyOrder(
            "harbor-ledger-0001 Foreign Minister", "coastal-wire-0042 Foreign Minister");
  }

  /** Runs a named query with its parameter line replaced, as a notebook does. */
  private static List<QuerySolution> run(String name, String valuesLine) {
    String text;
    try {
      text = Files.readString(OntologyAndShapesTest.QUERIES.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read query " + name, e);
    }
    Matcher m = PARAMETER_LINE.matcher(text);
    assertThat(m.find()).as("parameter line of %s", name).isTrue();
    String replaced = text.substring(0, m.start(1)) + "  " + valuesLine + text.substring(m.end(1));
    return select(replaced);
  }

  private static List<QuerySolution> select(String query) {
    return Txn.calculateRead(
        store,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(store)
                  .query(query)
                  .set(TDB2.symUnionDefaultGraph, true)
                  .build()) {
            ResultSet results = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            results.forEachRemaining(rows::add);
            return rows;
          }
        });
  }

  private static String revisionIri() {
    return ID + "article/harbor-ledger-0001/e164f16443786e21";
  }

  private static String span(QuerySolution row) {
    return row.getLiteral("begin").getInt()
        + "-"
        + row.getLiteral("end").getInt()
        + " "
        + text(row, "anchorOf");
  }

  private static String direct(QuerySolution row) {
    return row.getLiteral("direct").getBoolean() ? "direct" : "indirect";
  }

  private static String uri(QuerySolution row, String var) {
    RDFNode node = row.get(var);
    return node == null ? null : node.asResource().getURI();
  }

  private static String text(QuerySolution row, String var) {
    RDFNode node = row.get(var);
    return node == null ? null : node.asLiteral().getLexicalForm();
  }
}
