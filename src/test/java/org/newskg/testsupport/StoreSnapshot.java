package org.newskg.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.store.KgStore;

/**
 * Every quad and every named graph of the articles in a store at one moment, to compare before and
 * after. Graphs of facts merged across articles (graph/merged/…) are left out: they are recomputed
 * whenever an article is added, revised or removed, by design.
 */
public record StoreSnapshot(Set<Quad> quads, List<String> graphs) {
  public StoreSnapshot {
    quads = Set.copyOf(quads);
    graphs = List.copyOf(graphs);
  }

  public static StoreSnapshot of(Path storeDir) {
    try (KgStore kg = KgStore.open(storeDir)) {
      return of(kg.dataset());
    }
  }

  public static StoreSnapshot of(DatasetGraph dataset) {
    return Txn.calculateRead(
        dataset,
        () -> {
          Set<Quad> quads = new HashSet<>();
          dataset.find().forEachRemaining(q -> {
            if (!isMerged(q.getGraph())) {
              quads.add(q);
            }
          });
          List<String> graphs = new ArrayList<>();
          dataset.listGraphNodes().forEachRemaining(g -> {
            if (!isMerged(g)) {
              graphs.add(g.getURI());
            }
          });
          graphs.sort(null);
          return new StoreSnapshot(quads, graphs);
        });
  }

  private static boolean isMerged(Node graph) {
    return graph.isURI() && graph.getURI().contains("/graph/merged/");
  }

  /** The quads of this snapshot that {@code later} no longer has. */
  public Set<Quad> missingFrom(StoreSnapshot later) {
    Set<Quad> missing = new HashSet<>(quads);
    missing.removeAll(later.quads());
    return missing;
  }

  /** The graphs {@code later} has that this snapshot had not. */
  public List<String> newGraphsIn(StoreSnapshot later) {
    List<String> added = new ArrayList<>(later.graphs());
    added.removeAll(graphs);
    return added;
  }

  /** The quads of one named graph. */
  public Set<Quad> graph(String graphIri) {
    Set<Quad> out = new HashSet<>();
    for (Quad q : quads) {
      Node g = q.getGraph();
      if (g.isURI() && g.getURI().equals(graphIri)) {
        out.add(q);
      }
    }
    return out;
  }
}
