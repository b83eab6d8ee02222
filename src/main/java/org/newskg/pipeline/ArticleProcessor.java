package org.newskg.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.ArticleExtractor;
import org.newskg.ingest.Article;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.RunInfo;
import org.newskg.rdf.ShapeValidator;

/**
 * Takes one article all the way to a validated graph in memory: analysis, extraction, quads,
 * SHACL. Nothing here touches the store, so a failure costs only this article.
 */
final class ArticleProcessor {
  /** A finished, valid graph for one article version. */
  record Built(ArticleGraphWriter.Target target, List<Quad> quads, ArticleExtraction extraction) {}

  /** The graph broke a shape: the article is not stored. */
  static final class InvalidGraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidGraphException(String message) {
      super(message);
    }
  }

  private final NlpPipeline nlp;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final ArticleGraphWriter writer;
  private final ShapeValidator validator;
  private final String settingsJson;
  private final String version;
  private final StageTimes times;

  ArticleProcessor(
      NlpPipeline nlp,
      ArticleGraphWriter writer,
      ShapeValidator validator,
      String settingsJson,
      String version,
      StageTimes times) {
    this.nlp = nlp;
    this.writer = writer;
    this.validator = validator;
    this.settingsJson = settingsJson;
    this.version = version;
    this.times = times;
  }

  ArticleGraphWriter.Target target(Article article) {
    return writer.target(article);
  }

  private void timeStep(ArticleExtractor.Step step, long nanos) {
    StageTimes.Stage stage =
        switch (step) {
          case ENTITIES -> StageTimes.Stage.ENTITIES;
          case STATEMENTS -> StageTimes.Stage.STATEMENTS;
          case EVENTS -> StageTimes.Stage.EVENTS;
        };
    times.add(stage, nanos);
  }

  Built process(Article article, Optional<String> previousVersion) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Analysis analysis = nlp.analyze(article.text(), article.datePublished());
    long t1 = System.nanoTime();
    times.add(StageTimes.Stage.NLP, t1 - t0);
    ArticleExtraction extraction = extractor.extract(article, analysis, this::timeStep);
    long t2 = System.nanoTime();
    RunInfo run =
        new RunInfo(version, NlpPipeline.CORENLP_VERSION, settingsJson, started, Instant.now());
    DatasetGraph dsg = DatasetGraphFactory.create();
    StreamRDF sink = StreamRDFLib.dataset(dsg);
    sink.start();
    ArticleGraphWriter.Target target = writer.write(extraction, run, previousVersion, sink);
    sink.finish();
    long t3 = System.nanoTime();
    times.add(StageTimes.Stage.GRAPH, t3 - t2);
    var violations = validator.validate(dsg.getUnionGraph());
    long t4 = System.nanoTime();
    times.add(StageTimes.Stage.VALIDATION, t4 - t3);
    if (!violations.isEmpty()) {
      throw new InvalidGraphException(
          "graph breaks %d shape constraint(s), first: %s"
              .formatted(violations.size(), violations.get(0)));
    }
    List<Quad> quads = new ArrayList<>();
    dsg.find().forEachRemaining(quads::add);
    times.add(StageTimes.Stage.GRAPH, System.nanoTime() - t4);
    return new Built(target, quads, extraction);
  }
}
