package org.newskg.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.KgException;
import org.newskg.rdf.Iris;
import org.newskg.rdf.RunInfo;
import org.newskg.rdf.ShapeValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the merged statements graph from the newest version of every article in the store.
 * The new graph is computed and validated in memory, then replaces the old one in one write
 * transaction, so the store never holds half a merge. Run it after articles are added, revised or
 * removed.
 */
public final class StatementMerge {
  private static final Logger LOG = LoggerFactory.getLogger(StatementMerge.class);
  public static final String GRAPH_NAME = "statements";

  private final Iris iris;
  private final String softwareVersion;
  private final String nlpSoftware;

  public StatementMerge(Iris iris, String softwareVersion, String nlpSoftware) {
    this.iris = iris;
    this.softwareVersion = softwareVersion;
    this.nlpSoftware = nlpSoftware;
  }

  /** Returns the number of merged statements now in the store. */
  public int rebuild(DatasetGraph dataset) {
    Instant started = Instant.now();
    StatementReader reader = new StatementReader();
    List<ReportedStatement> statements = Txn.calculateRead(dataset, () -> reader.read(dataset));
    Map<String, Set<String>> stories =
        Txn.calculateRead(dataset, () -> reader.entitiesByArticle(dataset));
    List<MergedStatement> merged =
        new StatementMerger().merge(new StatementClusters(stories).cluster(statements));
    Node graph = NodeFactory.createURI(iris.mergedGraph(GRAPH_NAME));
    DatasetGraph built = DatasetGraphFactory.create();
    StreamRDF sink = StreamRDFLib.dataset(built);
    sink.start();
    new MergedGraphWriter(iris)
        .write(graph, merged, new RunInfo(softwareVersion, nlpSoftware, settings(), started, Instant.now()), sink);
    sink.finish();
    var violations = ShapeValidator.fromClasspath().validate(built.getGraph(graph));
    if (!violations.isEmpty()) {
      throw new KgException("merged statements break the shapes, first: " + violations.get(0));
    }
    List<Quad> quads = new ArrayList<>();
    built.find().forEachRemaining(quads::add);
    Txn.executeWrite(
        dataset,
        () -> {
          dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
          quads.forEach(dataset::add);
        });
    LOG.info("merged {} statements into {}", statements.size(), merged.size());
    return merged.size();
  }

  private static String settings() {
    return "{\"minOverlap\":%s,\"minOverlapReported\":%s,\"minSharedEntities\":%d,\"minWords\":%d}"
        .formatted(
            StatementClusters.MIN_OVERLAP,
            StatementClusters.MIN_OVERLAP_REPORTED,
            StatementClusters.MIN_SHARED_ENTITIES,
            StatementClusters.MIN_WORDS);
  }
}
