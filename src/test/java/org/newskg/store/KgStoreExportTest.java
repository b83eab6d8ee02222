package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.KgException;
import org.newskg.store.KgStore.ExportFormat;

/**
 * The interop test: every export of the fixture store, read back by RDF4J Rio, holds exactly the
 * quads that Rio reads from the fixture file itself.
 */
class KgStoreExportTest {
  @TempDir static Path dir;
  private static KgStore store;

  /** What a second toolkit, independently of Jena, reads from the fixture TriG. */
  private static Model expected;

  @BeforeAll
  static void load() throws IOException {
    store = Fixtures.store(dir.resolve("tdb2"));
    try (InputStream in = Fixtures.open()) {
      expected = Rio.parse(in, "", RDFFormat.TRIG);
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void rdf4jReadsBackExactlyTheStoredQuads(ExportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written = store.export(format, out);

    Model actual = Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", rioFormat(format));

    DatasetGraph dsg = store.dataset();
    long stored = Txn.calculateRead(dsg, () -> dsg.stream().count());
    assertThat(written).isEqualTo(stored);
    assertThat(actual).hasSize(expected.size());
    assertThat((long) actual.size()).isEqualTo(stored);
    assertThat(actual.contexts())
        .extracting(Resource::stringValue)
        .containsExactlyInAnyOrder(Fixtures.GRAPH_1, Fixtures.GRAPH_2);
    assertThat(quadStrings(actual)).isEqualTo(quadStrings(expected));
    assertThat(Models.isomorphic(actual, expected)).isTrue();
  }

  @Test
  void jsonLdUsesNamedGraphsAndTheStorePrefixes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(ExportFormat.JSONLD, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).contains("\"@context\"").contains("\"@graph\"").contains(Fixtures.GRAPH_1);
  }

  @Test
  void refusesTripleTermsBeforeWritingAnything() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node s = NodeFactory.createURI("urn:x:s");
    Node p = NodeFactory.createURI("urn:x:p");
    Node tripleTerm = NodeFactory.createTripleTerm(Triple.create(s, p, s));
    dsg.add(Quad.create(NodeFactory.createURI("urn:x:g"), s, p, s));
    dsg.add(Quad.create(NodeFactory.createURI("urn:x:g"), s, p, tripleTerm));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> new DatasetExporter(dsg).export(ExportFormat.NQUADS, out))
        .isInstanceOf(KgException.class)
        .hasMessageContaining("RDF 1.2");
    assertThat(out.size()).isZero();
  }

  @Test
  void refusesDirectionalLanguageStrings() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node s = NodeFactory.createURI("urn:x:s");
    Node p = NodeFactory.createURI("urn:x:p");
    dsg.add(
        Quad.create(
            NodeFactory.createURI("urn:x:g"),
            s,
            p,
            NodeFactory.createLiteralDirLang("x", "ar", "rtl")));
    assertThatThrownBy(
            () -> new DatasetExporter(dsg).export(ExportFormat.TRIG, new ByteArrayOutputStream()))
        .isInstanceOf(KgException.class);
  }

  /** Quads as N-Quads-like strings: a set comparison that shows the difference when it fails. */
  private static Set<String> quadStrings(Model model) {
    return model.stream().map(KgStoreExportTest::quadString).collect(Collectors.toSet());
  }

  private static String quadString(Statement st) {
    return st.getSubject() + " " + st.getPredicate() + " " + st.getObject() + " " + st.getContext();
  }

  private static RDFFormat rioFormat(ExportFormat format) {
    return switch (format) {
      case NQUADS -> RDFFormat.NQUADS;
      case TRIG -> RDFFormat.TRIG;
      case JSONLD -> RDFFormat.JSONLD;
    };
  }
}
