package org.newskg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ArticleSink;
import org.newskg.ingest.IngestProblem;
import org.newskg.merge.EntityLinker;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.ShapeValidator;
import org.newskg.store.StoreWriter;
import org.newskg.store.StoredVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest run: files in, article graphs in the store out, with a report. Bad input and articles
 * whose graphs fail validation are reported and skipped; the rest of the batch goes on, and the
 * store only ever receives whole, valid article graphs.
 */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  private final DatasetGraph dataset;
  private final Path storeDir;
  private final NlpPipeline nlp;
  private final IngestSettings settings;
  private final ArticleReader.ProgressListener progress;
  private final StageTimes times;
  private final Optional<EntityLinker> linker;

  private IngestJob(Builder b) {
    this.dataset = Objects.requireNonNull(b.dataset, "store dataset");
    this.storeDir = Objects.requireNonNull(b.storeDir, "store directory");
    this.nlp = Objects.requireNonNull(b.nlp, "NLP pipeline");
    this.settings = b.settings;
    this.progress = b.progress;
    this.times = b.times;
    this.linker = b.linker;
  }

  public static Builder builder() {
    return new Builder();
  }

  public IngestReport run(List<Path> inputs) {
    long start = System.nanoTime();
    String version = SoftwareInfo.version();
    ArticleProcessor processor =
        new ArticleProcessor(
            nlp,
            new ArticleGraphWriter(new Iris(settings.baseIri())),
            ShapeValidator.fromClasspath(),
            SettingsJson.of(settings, nlp.properties(), version),
            version,
            times);
    StoreWriter store =
        new StoreWriter(dataset, storeDir, settings.batchSize(), settings.compactAfterCommits());
    Tally tally = new Tally(processor, store, times);
    ArticleReader.builder()
        .maxBytes(settings.maxFileBytes())
        .progress(progress)
        .build()
        .read(inputs, tally);
    long t0 = System.nanoTime();
    store.flush();
    times.add(StageTimes.Stage.STORE, System.nanoTime() - t0);
    int mergeCommits = 0;
    if (store.wroteAnything()) {
      long m0 = System.nanoTime();
      tally.failed.addAll(new MergedFacts(new Iris(settings.baseIri()), version, linker).rebuild(dataset));
      mergeCommits = MergedFacts.commitsPerRebuild();
      times.add(StageTimes.Stage.MERGE, System.nanoTime() - m0);
    }
    long c0 = System.nanoTime();
    boolean compacted = store.finish(mergeCommits);
    times.add(StageTimes.Stage.STORE, System.nanoTime() - c0);
    return new IngestReport(
        tally.stored,
        tally.revised,
        tally.unchanged,
        tally.failed,
        tally.warnings,
        tally.quads,
        Duration.ofNanos(System.nanoTime() - start),
        compacted);
  }

  /** Receives each article from the reader and carries it to the store. */
  private static final class Tally implements ArticleSink {
    private final ArticleProcessor processor;
    private final StoreWriter store;
    private final StageTimes times;
    int stored;
    int revised;
    int unchanged;
    long quads;
    final List<IngestProblem> failed = new ArrayList<>();
    final List<IngestProblem> warnings = new ArrayList<>();

    Tally(ArticleProcessor processor, StoreWriter store, StageTimes times) {
      this.processor = processor;
      this.store = store;
      this.times = times;
    }

    @Override
    public void accept(Article article) {
      ArticleGraphWriter.Target target = processor.target(article);
      long lookup = System.nanoTime();
      StoreWriter.Decision decision = store.decide(article.id(), target.sha256());
      times.add(StageTimes.Stage.STORE, System.nanoTime() - lookup);
      if (decision instanceof StoreWriter.Unchanged) {
        unchanged++;
        LOG.info("{}: unchanged, skipped", article.id());
        return;
      }
      Optional<String> previous =
          decision instanceof StoreWriter.Revision r
              ? Optional.of(r.previous().articleIri())
              : Optional.empty();
      long t0 = System.nanoTime();
      ArticleProcessor.Built built;
      try {
        built = processor.process(article, previous);
      } catch (RuntimeException e) {
        // One article's failure (a graph that breaks a shape, an NLP error) must not end the batch.
        failed.add(new IngestProblem(article.origin(), "", "not stored: " + e.getMessage()));
        LOG.warn("{}: not stored: {}", article.id(), e.getMessage());
        return;
      }
      long write = System.nanoTime();
      store.add(
          new StoredVersion(target.articleIri(), target.graphIri(), target.sha256()),
          article.id(),
          built.quads());
      times.add(StageTimes.Stage.STORE, System.nanoTime() - write);
      stored++;
      revised += previous.isPresent() ? 1 : 0;
      quads += built.quads().size();
      LOG.info(
          "{}: {} quads, {} entities, {} ms{}",
          article.id(),
          built.quads().size(),
          built.extraction().entities().size(),
          (System.nanoTime() - t0) / 1_000_000,
          previous.isPresent() ? " (new version)" : "");
    }

    @Override
    public void problem(IngestProblem problem) {
      failed.add(problem);
    }

    @Override
    public void warning(IngestProblem warning) {
      warnings.add(warning);
    }
  }

  /** Validates once, at {@link #build()}. */
  public static final class Builder {
    private DatasetGraph dataset;
    private Path storeDir;
    private NlpPipeline nlp;
    private IngestSettings settings = IngestSettings.DEFAULT;
    private ArticleReader.ProgressListener progress = (done, total) -> {};
    private StageTimes times = new StageTimes();
    private Optional<EntityLinker> linker = Optional.empty();

    public Builder store(DatasetGraph dataset, Path storeDir) {
      this.dataset = dataset;
      this.storeDir = storeDir;
      return this;
    }

    public Builder nlp(NlpPipeline nlp) {
      this.nlp = nlp;
      return this;
    }

    public Builder settings(IngestSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    public Builder progress(ArticleReader.ProgressListener progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** Where the run adds the time of each stage; by default nobody reads it. */
    public Builder stageTimes(StageTimes times) {
      this.times = Objects.requireNonNull(times, "times");
      return this;
    }

    /** Links entities to Wikipedia in the entity merge (none by default). */
    public Builder entityLinker(Optional<EntityLinker> linker) {
      this.linker = Objects.requireNonNull(linker, "linker");
      return this;
    }

    public IngestJob build() {
      return new IngestJob(this);
    }
  }
}
