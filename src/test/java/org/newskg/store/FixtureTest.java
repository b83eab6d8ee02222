package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

/** The fixture itself follows the graph layout, so that tests built on it mean something. */
class FixtureTest {
  private final DatasetGraph fixture = Fixtures.inMemory();

  @Test
  void hasTwoArticleGraphsSharingOneEntity() {
    assertThat(fixture.listGraphNodes())
        .toIterable()
        .containsExactlyInAnyOrder(Fixtures.iri(Fixtures.GRAPH_1), Fixtures.iri(Fixtures.GRAPH_2));
    assertThat(fixture.getDefaultGraph().isEmpty()).isTrue();
    for (String g : List.of(Fixtures.GRAPH_1, Fixtures.GRAPH_2)) {
      assertThat(
              fixture.getGraph(Fixtures.iri(g)).contains(Fixtures.iri(Fixtures.PESKOV), null, null))
          .as("Peskov in %s", g)
          .isTrue();
    }
  }

  @Test
  void mentionAnchorsEqualTheTextAtTheirOffsets() {
    List<Binding> rows =
        select(
            """
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?m ?text ?b ?e ?anchor {
              GRAPH ?g { ?m nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e ;
                            nif:anchorOf ?anchor . ?a nif:isString ?text }
            }\
            """);
    assertThat(rows).hasSize(8);
    for (Binding row : rows) {
      String text = row.get("text").getLiteralLexicalForm();
      int begin = Integer.parseInt(row.get("b").getLiteralLexicalForm());
      int end = Integer.parseInt(row.get("e").getLiteralLexicalForm());
      assertThat(text.substring(begin, end))
          .as("%s", row.get("m"))
          .isEqualTo(row.get("anchor").getLiteralLexicalForm());
      assertThat(row.get("m").getURI()).endsWith("#char=" + begin + "," + end);
    }
  }

  @Test
  void articleIrisEndInTheHashOfTheirText() throws NoSuchAlgorithmException {
    List<Binding> rows =
        select(
            """
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX nkg: <https://w3id.org/newskg/ns#>
            SELECT ?a ?text ?sha { GRAPH ?g { ?a nif:isString ?text ; nkg:contentSha256 ?sha } }\
            """);
    assertThat(rows).hasSize(2);
    for (Binding row : rows) {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(row.get("text").getLiteralLexicalForm().getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().formatHex(digest);
      assertThat(row.get("sha").getLiteralLexicalForm()).isEqualTo(hex);
      assertThat(row.get("a").getURI()).endsWith("/" + hex.substring(0, 16));
    }
  }

  private List<Binding> select(String query) {
    try (QueryExec exec = QueryExec.dataset(fixture).query(query).build()) {
      return exec.select().stream().toList();
    }
  }
}
