package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.rdf.NIF;
import org.newskg.store.KgStore;
import org.newskg.testsupport.SeedStore;
import org.newskg.testsupport.StoreSnapshot;

/** {@code query}, {@code export} and {@code validate} on the real seed store, through the CLI. */
class StoreCommandsIT {
  private static final String IDS =
      "PREFIX schema: <https://schema.org/> SELECT ?id (COUNT(DISTINCT ?g) AS ?graphs)"
          + " WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:identifier ?id } }"
          + " GROUP BY ?id ORDER BY ?id";
  private static final List<String> SEED_IDS =
      List.of(
          "000_8276c06547ea8cb0",
          "001_ad308263339f24af",
          "002_bf7c9e39a424e70b",
          "003_f8e02747d2952e30",
          "004_f21e273e5e128133");

  @TempDir Path dir;

  private static String seedStore() {
    return SeedStore.store().directory().toString();
  }

  @Test
  void queryPrintsATableWithTheQueryPrefixes() {
    Cli.Result result =
        Cli.run(
            "query",
            "--store",
            seedStore(),
            "--query",
            "PREFIX schema: <https://schema.org/> SELECT DISTINCT ?type WHERE {"
                + " ?x schema:name \"Dmitry Peskov\" ; a ?type }");
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out()).contains("| type ", "schema:Person");
    Cli.Result ids = Cli.run("query", "--store", seedStore(), "--query", IDS);
    assertThat(ids.out().lines().filter(l -> l.startsWith("| \"")))
        .containsExactlyElementsOf(
            SEED_IDS.stream().map(id -> "| \"" + id + "\" | 1      |").toList());
  }

  @ParameterizedTest
  @CsvSource({"csv, RS_CSV", "json, RS_JSON"})
  void queryAnswersInCsvAndJsonParseBackToTheSameRows(String format, String lang)
      throws IOException {
    Path file = Files.writeString(dir.resolve("ids.rq"), IDS);
    Cli.Result result =
        Cli.run("query", "--store", seedStore(), "--format", format, file.toString());

    assertThat(result.exit()).as(result.toString()).isZero();
    ResultSet rows =
        ResultSetMgr.read(
            new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)),
            lang.equals("RS_CSV") ? ResultSetLang.RS_CSV : ResultSetLang.RS_JSON);
    List<String> seen = new ArrayList<>();
    rows.forEachRemaining(
        (QuerySolution r) ->
            seen.add(
                r.getLiteral("id").getLexicalForm()
                    + "="
                    + r.getLiteral("graphs").getLexicalForm()));
    assertThat(seen).containsExactlyElementsOf(SEED_IDS.stream().map(id -> id + "=1").toList());
  }

  @ParameterizedTest
  @CsvSource({"nquads, NQUADS, nq", "trig, TRIG, trig", "jsonld, JSONLD, jsonld"})
  void exportOfTheSeedStoreParsesInRdf4jToTheSameQuads(String format, String rioName, String ext)
      throws IOException {
    Path file = dir.resolve("seeds." + ext);
    Cli.Result result =
        Cli.run("export", "--store", seedStore(), "--format", format, "--output", file.toString());

    assertThat(result.exit()).as(result.toString()).isZero();
    Set<Quad> expected = allQuads(SeedStore.store().dataset());
    assertThat(result.out()).contains("Wrote " + expected.size() + " quads");
    RDFFormat rio =
        switch (rioName) {
          case "NQUADS" -> RDFFormat.NQUADS;
          case "TRIG" -> RDFFormat.TRIG;
          default -> RDFFormat.JSONLD;
        };
    Model model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Rio.parse(in, "", rio);
    }
    Set<Quad> parsed = new HashSet<>();
    for (Statement st : model) {
      parsed.add(toJena(st));
    }
    Set<Quad> onlyInStore = new HashSet<>(expected);
    onlyInStore.removeAll(parsed);
    Set<Quad> onlyInExport = new HashSet<>(parsed);
    onlyInExport.removeAll(expected);
    assertThat(onlyInStore).as("quads of the store missing from the %s export", format).isEmpty();
    assertThat(onlyInExport).as("quads of the %s export not in the store", format).isEmpty();
    assertThat(model).hasSize(expected.size());
  }

  @Test
  void validateFindsNoViolationInTheSeedStore() {
    Cli.Result result = Cli.run("validate", "--store", seedStore());
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out()).containsPattern("Checked \\d+ graph\\(s\\): 0 violation\\(s\\)");
  }

  @Test
  void validateExitsOneOnAMentionWhoseAnchorIsNotTheTextAtItsOffsets() {
    Path store = dir.resolve("broken");
    Quad anchor;
    try (KgStore kg = SeedStore.copyTo(store)) {
      anchor =
          Txn.calculateRead(
              kg.dataset(),
              () -> kg.dataset().find(Node.ANY, Node.ANY, NIF.anchorOf, Node.ANY).next());
      Quad broken =
          Quad.create(
              anchor.getGraph(),
              anchor.getSubject(),
              anchor.getPredicate(),
              NodeFactory.createLiteralString(anchor.getObject().getLiteralLexicalForm() + "s"));
      Txn.executeWrite(
          kg.dataset(),
          () -> {
            kg.dataset().delete(anchor);
            kg.dataset().add(broken);
          });
    }

    Cli.Result result = Cli.run("validate", "--store", store.toString());

    assertThat(result.exit()).as(result.toString()).isEqualTo(Main.SOME_FAILED);
    List<String> violations =
        result.out().lines().filter(l -> l.startsWith("violation: ")).toList();
    assertThat(violations)
        .isNotEmpty()
        .allMatch(v -> v.contains("<" + anchor.getGraph().getURI() + ">"))
        .anyMatch(v -> v.contains(anchor.getSubject().getURI()));
    assertThat(result.out())
        .containsPattern("Checked \\d+ graph\\(s\\): " + violations.size() + " violation\\(s\\)");
  }

  /** Every quad, merged graphs included: an export carries the whole store. */
  private static Set<Quad> allQuads(org.apache.jena.sparql.core.DatasetGraph dataset) {
    return Txn.calculateRead(
        dataset,
        () -> {
          Set<Quad> quads = new java.util.HashSet<>();
          dataset.find().forEachRemaining(quads::add);
          return quads;
        });
  }

  private static Quad toJena(Statement st) {
    Resource context = st.getContext();
    return Quad.create(
        context == null ? Quad.defaultGraphIRI : toJena(context),
        toJena(st.getSubject()),
        toJena(st.getPredicate()),
        toJena(st.getObject()));
  }

  private static Node toJena(Value value) {
    if (value.isIRI()) {
      return NodeFactory.createURI(value.stringValue());
    }
    if (value instanceof Literal literal) {
      return literal
          .getLanguage()
          .map(lang -> NodeFactory.createLiteralLang(literal.getLabel(), lang))
          .orElseGet(
              () ->
                  NodeFactory.createLiteralDT(
                      literal.getLabel(),
                      TypeMapper.getInstance()
                          .getSafeTypeByName(literal.getDatatype().stringValue())));
    }
    // newskg writes no blank nodes; one in an export is a difference in itself.
    return NodeFactory.createBlankNode(value.stringValue());
  }
}
