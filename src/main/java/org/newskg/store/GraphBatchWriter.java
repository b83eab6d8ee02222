package org.newskg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes finished article graphs to TDB2 in batches, one write transaction per batch. Thousands of
 * one-article commits bloat a TDB2 store many times over; and since an aborted write can corrupt a
 * TDB2 5.x node table (Jena GH-3877), only graphs already built and validated in memory reach a
 * write transaction, so nothing inside it can fail for a reason of the article's.
 */
final class GraphBatchWriter {
  private static final Logger LOG = LoggerFactory.getLogger(GraphBatchWriter.class);

  /** One article version's finished graph. */
  record PendingGraph(String articleId, String graphIri, List<Quad> quads) {
    PendingGraph {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(graphIri, "graphIri");
      quads = List.copyOf(quads);
    }
  }

  private final DatasetGraph dataset;
  private final int batchSize;
  private final List<PendingGraph> pending = new ArrayList<>();
  private int commits;

  GraphBatchWriter(DatasetGraph dataset, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size %d is below 1".formatted(batchSize));
    }
    this.dataset = dataset;
    this.batchSize = batchSize;
  }

  /** Queues a graph; writes the batch when it is full. Returns the ids written, if any. */
  List<String> add(PendingGraph graph) {
    pending.add(graph);
    return pending.size() >= batchSize ? flush() : List.of();
  }

  boolean isPending(String articleId) {
    return pending.stream().anyMatch(p -> p.articleId().equals(articleId));
  }

  /** Writes every queued graph in one transaction; returns their article ids. */
  List<String> flush() {
    if (pending.isEmpty()) {
      return List.of();
    }
    List<PendingGraph> batch = List.copyOf(pending);
    pending.clear();
    long quads = batch.stream().mapToLong(p -> p.quads().size()).sum();
    Txn.executeWrite(dataset, () -> batch.forEach(p -> p.quads().forEach(dataset::add)));
    commits++;
    LOG.debug("committed {} article graphs ({} quads)", batch.size(), quads);
    return batch.stream().map(PendingGraph::articleId).toList();
  }

  int commits() {
    return commits;
  }
}
