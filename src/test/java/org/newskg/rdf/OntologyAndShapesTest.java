package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ontology and shapes in {@code ontology/} parse, agree with each other and the queries. */
class OntologyAndShapesTest {
  static final String NKG = "https://w3id.org/newskg/ns#";
  static final Path ONTOLOGY = Path.of("ontology/newskg.ttl");
  static final Path SHAPES = Path.of("ontology/shapes.ttl");
  static final Path QUERIES = Path.of("queries");
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  static final Path CONFORMING = FIXTURES.resolve("conforming-article.trig");
  static final Path MORE_GRAPHS = FIXTURES.resolve("more-graphs.trig");

  /** Every nkg: term that vocabulary.md and layout.md name. */
  private static final List<String> CONTRACT_TERMS =
      List.of(
          """
          Mention TextZone Caption Credit Byline Boilerplate RoleAssertion Statement ScareQuote
          MergedStatement AttributionDiscrepancy AnonymousSource Event Meeting
          Factuality Asserted Hypothetical Denied Planned MentionKind Proper Nominal Pronominal
          contentSha256 dateInferred pipelineSettings nlpSoftware mentionKind role
          quote direct speaker speakerMention cue scareQuote
          mergedFrom publisherCount articleCount attributionDiscrepancy discrepancy evidence
          participant agent recipient theme factuality
          """
              .strip()
              .split("\\s+"));

  private static final Set<Node> DECLARING_TYPES =
      Set.of(
          OWL.Class.asNode(),
          OWL.ObjectProperty.asNode(),
          OWL.DatatypeProperty.asNode(),
          OWL.AnnotationProperty.asNode(),
          OWL2.NamedIndividual.asNode());

  private static final Pattern PREFIXED_NKG = Pattern.compile("\\bnkg:([A-Za-z][A-Za-z0-9_]*)");
  private static final Pattern FULL_NKG = Pattern.compile("<" + Pattern.quote(NKG) + "([^>]*)>");
  private static final Pattern EXPECTED_FOCUS =
      Pattern.compile("(?m)^# Expected focus node: <([^>]+)>$");
  private static final Pattern EXPECTED_MESSAGE =
      Pattern.compile("(?m)^# Expected message contains: (.+)$");

  private static Graph ontology;
  private static Graph shapesGraph;
  private static Shapes shapes;

  @BeforeAll
  static void parse() {
    ontology = RDFParser.source(ONTOLOGY).toGraph();
    shapesGraph = RDFParser.source(SHAPES).toGraph();
    shapes = Shapes.parse(shapesGraph);
  }

  @Test
  void ontologyHasVersionLicenseLabelAndComment() {
    Node ont = NodeFactory.createURI("https://w3id.org/newskg/ns");
    assertThat(ontology.contains(ont, RDF.type.asNode(), OWL.Ontology.asNode())).isTrue();
    assertThat(objects(ont, OWL.versionInfo.asNode()))
        .containsExactly(NodeFactory.createLiteralString("0.1.0"));
    assertThat(objects(ont, DCTerms.license.asNode()))
        .containsExactly(NodeFactory.createURI("https://spdx.org/licenses/GPL-3.0-or-later"));
    assertThat(objects(ont, RDFS.label.asNode())).isNotEmpty();
    assertThat(objects(ont, RDFS.comment.asNode())).isNotEmpty();
  }

  @Test
  void everyNkgTermHasLabelAndComment() {
    Set<String> withoutLabelOrComment = new TreeSet<>();
    for (String term : declaredTerms()) {
      Node node = NodeFactory.createURI(NKG + term);
      if (objects(node, RDFS.label.asNode()).isEmpty()
          || objects(node, RDFS.comment.asNode()).isEmpty()) {
        withoutLabelOrComment.add(term);
      }
    }
    assertThat(withoutLabelOrComment).as("nkg: terms without rdfs:label or rdfs:comment").isEmpty();
  }

  @Test
  void declaresEveryContractTerm() {
    assertThat(declaredTerms()).containsAll(CONTRACT_TERMS);
  }

  @Test
  void everyNkgSubjectOfTheOntologyIsDeclared() {
    Set<String> subjects =
        ontology.find().toList().stream()
            .map(Triple::getSubject)
            .filter(n -> n.isURI() && n.getURI().startsWith(NKG))
            .map(n -> n.getURI().substring(NKG.length()))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(declaredTerms()).containsAll(subjects);
  }

  @Test
  void everyEventTypeIsAnEventWithCommentAndAlignment() {
    Node event = NodeFactory.createURI(NKG + "Event");
    Set<Node> alignments =
        Set.of(
            NodeFactory.createURI(NKG + "cameoCode"),
            RDFS.seeAlso.asNode(),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#closeMatch"));
    List<Node> eventTypes = subclassesOf(event);
    assertThat(eventTypes).hasSizeGreaterThanOrEqualTo(8);
    for (Node type : eventTypes) {
      assertThat(objects(type, RDFS.comment.asNode())).as("comment of %s", type).isNotEmpty();
      assertThat(
              ontology.find(type, Node.ANY, Node.ANY).toList().stream()
                  .anyMatch(t -> alignments.contains(t.getPredicate())))
          .as("alignment of %s", type)
          .isTrue();
    }
  }

  @Test
  void everyNkgTermInTheShapesIsDeclared() {
    Set<String> used = new TreeSet<>();
    shapesGraph
        .find()
        .forEach(
            t -> {
              for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(NKG)) {
                  used.add(n.getURI().substring(NKG.length()));
                }
              }
            });
    Node select = NodeFactory.createURI("http://www.w3.org/ns/shacl#select");
    shapesGraph
        .find(Node.ANY, select, Node.ANY)
        .forEach(t -> used.addAll(matches(PREFIXED_NKG, t.getObject().getLiteralLexicalForm())));
    assertThat(used).isNotEmpty();
    assertThat(declaredTerms()).containsAll(used);
  }

  @ParameterizedTest
  @MethodSource("queryFiles")
  void queryParses(Path file) throws IOException {
    Query query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(query.isSelectType()).as("%s is a SELECT query", file).isTrue();
  }

  @ParameterizedTest
  @MethodSource("queryFiles")
  void everyNkgTermInAQueryIsDeclared(Path file) throws IOException {
    Query query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
    query.getPrefixMapping().clearNsPrefixMap();
    Set<String> used = matches(FULL_NKG, query.serialize());
    assertThat(declaredTerms()).as("terms declared for %s", file).containsAll(used);
  }

  @Test
  void conformingArticleConforms() {
    DatasetGraph dataset = RDFParser.source(CONFORMING).toDatasetGraph();
    assertThat(dataset.listGraphNodes()).toIterable().hasSize(1);
    assertConforms(dataset.getUnionGraph());
  }

  @Test
  void unionOfArticleRevisionAndMergeGraphsConforms() {
    DatasetGraph dataset = loadUnion();
    assertThat(dataset.listGraphNodes()).toIterable().hasSize(4);
    assertConforms(dataset.getUnionGraph());
  }

  @Test
  void eachGraphOfTheUnionConformsAlone() {
    DatasetGraph dataset = loadUnion();
    dataset.listGraphNodes().forEachRemaining(g -> assertConforms(dataset.getGraph(g)));
  }

  @ParameterizedTest
  @MethodSource("violationFiles")
  void violationIsReportedOnItsFocusNode(Path update) throws IOException {
    String text = Files.readString(update, StandardCharsets.UTF_8);
    Matcher expectedFocus = EXPECTED_FOCUS.matcher(text);
    Matcher expectedMessage = EXPECTED_MESSAGE.matcher(text);
    assertThat(expectedFocus.find()).as("%s names its expected focus node", update).isTrue();
    assertThat(expectedMessage.find()).as("%s names its expected message", update).isTrue();
    Node focus = NodeFactory.createURI(expectedFocus.group(1));
    String message = expectedMessage.group(1).strip();

    DatasetGraph dataset;
    if (text.lines().findFirst().orElseThrow().contains(MORE_GRAPHS.getFileName().toString())) {
      dataset = loadUnion();
    } else {
      dataset = DatasetGraphFactory.createTxnMem();
      RDFParser.source(CONFORMING).parse(dataset);
    }
    UpdateExec.dataset(dataset).update(text).execute();
    ValidationReport report = ShaclValidator.get().validate(shapes, dataset.getUnionGraph());

    assertThat(report.conforms()).as("%s conforms", update).isFalse();
    assertThat(report.getEntries())
        .as("violations of %s", update)
        .anySatisfy(
            entry -> {
              assertThat(entry.focusNode()).isEqualTo(focus);
              assertThat(entry.message()).contains(message);
            });
  }

  @ParameterizedTest
  @MethodSource("rdfFiles")
  void parsesWithRdf4jRioToo(Path file) throws IOException {
    RDFFormat format = file.toString().endsWith(".trig") ? RDFFormat.TRIG : RDFFormat.TURTLE;
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(Rio.parse(in, "", format)).as("statements in %s", file).isNotEmpty();
    }
  }

  static Stream<Path> rdfFiles() {
    return Stream.of(ONTOLOGY, SHAPES, CONFORMING, MORE_GRAPHS);
  }

  static Stream<Path> queryFiles() throws IOException {
    return filesEndingWith(QUERIES, ".rq");
  }

  static Stream<Path> violationFiles() throws IOException {
    return filesEndingWith(FIXTURES.resolve("violations"), ".ru");
  }

  static DatasetGraph loadUnion() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    RDFParser.source(CONFORMING).parse(dataset);
    RDFParser.source(MORE_GRAPHS).parse(dataset);
    return dataset;
  }

  private static Stream<Path> filesEndingWith(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found =
          files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
      assertThat(found).as("%s files in %s", suffix, dir).isNotEmpty();
      return found.stream();
    }
  }

  private static void assertConforms(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    assertThat(report.getEntries())
        .as("SHACL results")
        .extracting(e -> e.focusNode() + ": " + e.message())
        .isEmpty();
    assertThat(report.conforms()).isTrue();
  }

  private static Set<String> declaredTerms() {
    Set<String> declared = new TreeSet<>();
    for (Node type : DECLARING_TYPES) {
      ontology
          .find(Node.ANY, RDF.type.asNode(), type)
          .forEach(
              t -> {
                Node s = t.getSubject();
                if (s.isURI() && s.getURI().startsWith(NKG)) {
                  declared.add(s.getURI().substring(NKG.length()));
                }
              });
    }
    return declared;
  }

  private static List<Node> subclassesOf(Node superclass) {
    List<Node> found = new ArrayList<>();
    List<Node> todo = new ArrayList<>(List.of(superclass));
    while (!todo.isEmpty()) {
      Node next = todo.remove(0);
      ontology
          .find(Node.ANY, RDFS.subClassOf.asNode(), next)
          .forEach(
              t -> {
                if (!found.contains(t.getSubject())) {
                  found.add(t.getSubject());
                  todo.add(t.getSubject());
                }
              });
    }
    return found;
  }

  private static List<Node> objects(Node subject, Node predicate) {
    return ontology.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
