package org.newskg.pipeline;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.KgException;
import org.newskg.ingest.IngestProblem;
import org.newskg.merge.EntityLinker;
import org.newskg.merge.EntityMerge;
import org.newskg.merge.EventMerge;
import org.newskg.merge.StatementMerge;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every graph of facts computed across articles, after articles were added, revised or
 * removed. A rebuild that fails leaves the previous merged graph in place and is reported.
 */
final class MergedFacts {
  private static final Logger LOG = LoggerFactory.getLogger(MergedFacts.class);

  private final Iris iris;
  private final String version;
  private final Optional<EntityLinker> linker;

  MergedFacts(Iris iris, String version, Optional<EntityLinker> linker) {
    this.iris = iris;
    this.version = version;
    this.linker = linker;
  }

  /** Returns the problems met; each successful rebuild is one write transaction. */
  List<IngestProblem> rebuild(DatasetGraph dataset) {
    List<IngestProblem> problems = new ArrayList<>();
    try {
      // Entity identity across articles follows every change to the article graphs.
      new EntityMerge(iris, linker).run(dataset, version, Instant.now());
    } catch (RuntimeException e) {
      problems.add(new IngestProblem("(merged entities)", "", e.getMessage()));
      LOG.error("merged entities not rebuilt: {}", e.getMessage());
    }
    try {
      new StatementMerge(iris, version, NlpPipeline.CORENLP_VERSION).rebuild(dataset);
    } catch (KgException e) {
      problems.add(new IngestProblem("(merged statements)", "", e.getMessage()));
      LOG.error("merged statements not rebuilt: {}", e.getMessage());
    }
    try {
      EventMerge.run(dataset, iris, version);
    } catch (RuntimeException e) {
      problems.add(new IngestProblem("(merged events)", "", e.getMessage()));
      LOG.error("merged events not rebuilt: {}", e.getMessage());
    }
    return problems;
  }

  /** Write transactions a rebuild makes (entities, statements, events), for compaction. */
  static int commitsPerRebuild() {
    return 3;
  }
}
