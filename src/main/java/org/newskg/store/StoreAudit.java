package org.newskg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.rdf.AnchorCheck;
import org.newskg.rdf.ShapeValidator;

/** Checks every named graph of a store: SHACL shapes, and exact anchors in UTF-16 offsets. */
public final class StoreAudit {
  private StoreAudit() {}

  /** How many graphs were checked, and every violation found, each naming its graph. */
  public record Result(int graphs, List<String> violations) {
    public Result {
      violations = List.copyOf(violations);
    }
  }

  public static Result audit(DatasetGraph dataset) {
    ShapeValidator shapes = ShapeValidator.fromClasspath();
    return Txn.calculateRead(
        dataset,
        () -> {
          List<String> violations = new ArrayList<>();
          List<Node> graphs = new ArrayList<>();
          dataset.listGraphNodes().forEachRemaining(graphs::add);
          for (Node g : graphs) {
            Graph graph = dataset.getGraph(g);
            for (ShapeValidator.Violation v : shapes.validate(graph)) {
              violations.add("<" + g.getURI() + "> " + v);
            }
            for (String problem : AnchorCheck.check(graph)) {
              violations.add("<" + g.getURI() + "> " + problem);
            }
          }
          return new Result(graphs.size(), violations);
        });
  }
}
