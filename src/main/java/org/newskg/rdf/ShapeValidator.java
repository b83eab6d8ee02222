package org.newskg.rdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.KgException;

/** Checks graphs against the SHACL shapes of {@code ontology/shapes.ttl}, shipped in the jar. */
public final class ShapeValidator {
  private static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

  private final Shapes shapes;

  private ShapeValidator(Shapes shapes) {
    this.shapes = shapes;
  }

  public static ShapeValidator fromClasspath() {
    Graph graph = GraphFactory.createDefaultGraph();
    try (InputStream in = ShapeValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
      if (in == null) {
        throw new KgException("SHACL shapes " + SHAPES_RESOURCE + " are missing from the classpath");
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
    } catch (java.io.IOException e) {
      throw new KgException("cannot read " + SHAPES_RESOURCE, e);
    }
    return new ShapeValidator(Shapes.parse(graph));
  }

  /** One violation, as a user reads it. */
  public record Violation(String focusNode, String path, String message) {
    @Override
    public String toString() {
      return focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
  }

  public List<Violation> validate(Graph graph) {
    ValidationReport report = ShaclValidator.get().validate(shapes, graph);
    List<Violation> out = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      out.add(new Violation(str(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(), e.message()));
    }
    return out;
  }

  private static String str(Node n) {
    return n == null ? "" : n.isURI() ? "<" + n.getURI() + ">" : n.toString();
  }
}
