package org.newskg.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The write side of the store: decides whether an article version is new, queues finished graphs
 * and writes them in batches, and compacts when enough commits have piled up.
 */
public final class StoreWriter {
  /** What to do with an article version. */
  public sealed interface Decision {}

  /** The store already has this exact text under this id. */
  public record Unchanged() implements Decision {}

  /** The id is new to the store. */
  public record NewArticle() implements Decision {}

  /** The id is stored with another text: this version revises {@code previous}. */
  public record Revision(StoredVersion previous) implements Decision {}

  private final DatasetGraph dataset;
  private final ArticleVersions versions;
  private final GraphBatchWriter batches;
  private final Compaction compaction;
  /** Versions queued in this run, by id: a later one in the same run revises it. */
  private final Map<String, StoredVersion> queued = new HashMap<>();

  public StoreWriter(DatasetGraph dataset, Path storeDir, int batchSize, int compactAfterCommits) {
    this.dataset = dataset;
    this.versions = new ArticleVersions(dataset);
    this.batches = new GraphBatchWriter(dataset, batchSize);
    this.compaction = new Compaction(storeDir, compactAfterCommits);
  }

  public Decision decide(String articleId, String sha256) {
    StoredVersion inRun = queued.get(articleId);
    if (inRun != null) {
      return inRun.sha256().equals(sha256) ? new Unchanged() : new Revision(inRun);
    }
    ArticleVersions.Known known = versions.lookup(articleId);
    if (known.hashes().contains(sha256)) {
      return new Unchanged();
    }
    Optional<StoredVersion> newest = known.newest();
    return newest.<Decision>map(Revision::new).orElseGet(NewArticle::new);
  }

  /** Queues one validated article graph; returns the ids of any batch this completed. */
  public List<String> add(StoredVersion version, String articleId, List<Quad> quads) {
    queued.put(articleId, version);
    return batches.add(new GraphBatchWriter.PendingGraph(articleId, version.graphIri(), quads));
  }

  /** Writes what is queued; returns the ids written. */
  public List<String> flush() {
    return batches.flush();
  }

  /**
   * Call once at the end of a run: compacts the store when it is due.
   *
   * @param otherCommits write transactions made outside this writer (merged graphs) in the run
   */
  public boolean finish(int otherCommits) {
    flush();
    return compaction.recordAndMaybeCompact(dataset, batches.commits() + otherCommits);
  }

  /** Whether this run has written anything yet. */
  public boolean wroteAnything() {
    return batches.commits() > 0;
  }
}
