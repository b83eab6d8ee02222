package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.KgException;
import org.newskg.ingest.Article;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.PlainCoreNlp;
import org.newskg.pipeline.IngestJob;
import org.newskg.pipeline.IngestReport;
import org.newskg.pipeline.IngestSettings;
import org.newskg.pipeline.StageTimes;
import org.newskg.store.KgStore;

/**
 * Times newskg's ingest against plain CoreNLP running the same annotators on the same texts, in one
 * JVM, with the same models.
 *
 * <p>The seed articles are written as {@code articles} JSONL articles with distinct ids, split into
 * {@code rounds} files. After a warm-up of both sides on the seeds (into a throwaway store), each
 * round runs plain CoreNLP on its texts and newskg's whole ingest on its file into the store,
 * alternating which goes first, so that a busy neighbour on a shared machine weighs on both alike.
 * Before each phase the heap is collected and the pools' peaks reset.
 *
 * <pre>{@code
 * BenchResult r = IngestBenchmark.builder().seeds(Path.of("seeds")).articles(100).build().run(log);
 * }</pre>
 */
public final class IngestBenchmark {
  private final List<Path> seeds;
  private final int articles;
  private final int rounds;
  private final Path store;
  private final IngestSettings settings;

  private IngestBenchmark(Builder b) {
    this.seeds = b.seeds;
    this.articles = b.articles;
    this.rounds = b.rounds;
    this.store = b.store;
    this.settings = b.settings;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs the benchmark; {@code log} hears of each phase. */
  public BenchResult run(Consumer<String> log) throws IOException {
    long t = System.nanoTime();
    NlpPipeline nlp = NlpPipeline.shared(settings.nlp());
    long modelLoad = System.nanoTime() - t;
    PlainCoreNlp plain = PlainCoreNlp.create(settings.nlp());
    List<Article> seedArticles = BenchInputs.read(seeds);
    Path work = Files.createTempDirectory("newskg-bench");
    try {
      List<Path> warmUp = BenchInputs.write(seedArticles, seedArticles.size(), 1, "warmup", work);
      log.accept("warm-up: " + seedArticles.size() + " articles each way");
      try (KgStore throwaway = KgStore.open(work.resolve("warm-up-store"))) {
        ingest(nlp, throwaway, warmUp.get(0), new StageTimes(), seedArticles.size());
        TDBInternal.expel(throwaway.dataset()); // release it before its files are deleted
      }
      seedArticles.forEach(a -> plain.annotate(a.text(), a.datePublished()));

      List<Path> files = BenchInputs.write(seedArticles, articles, rounds, "bench", work);
      StageTimes stages = new StageTimes();
      SideTally plainSide = new SideTally();
      SideTally newskgSide = new SideTally();
      long quads = 0;
      Path storeDir = store != null ? store : work.resolve("store");
      try (KgStore kg = KgStore.open(storeDir)) {
        for (int r = 0; r < files.size(); r++) {
          List<Article> texts = BenchInputs.read(List.of(files.get(r)));
          boolean plainFirst = r % 2 == 0;
          for (int phase = 0; phase < 2; phase++) {
            HeapPeaks.startPhase();
            long start = System.nanoTime();
            if ((phase == 0) == plainFirst) {
              long tokens = 0;
              for (Article a : texts) {
                tokens += plain.annotate(a.text(), a.datePublished());
              }
              plainSide.add(System.nanoTime() - start, HeapPeaks.peakBytes(), texts);
              log.accept(
                  "round %d: plain CoreNLP %d articles, %d tokens, %.1f s"
                      .formatted(r + 1, texts.size(), tokens, plainSide.lastSeconds()));
            } else {
              quads += ingest(nlp, kg, files.get(r), stages, texts.size()).quads();
              newskgSide.add(System.nanoTime() - start, HeapPeaks.peakBytes(), texts);
              log.accept(
                  "round %d: newskg ingest %d articles, %.1f s"
                      .formatted(r + 1, texts.size(), newskgSide.lastSeconds()));
            }
          }
        }
        if (store == null) {
          TDBInternal.expel(kg.dataset());
        }
      }
      return new BenchResult(
          articles,
          rounds,
          store != null ? store.toString() : "temporary, deleted",
          Duration.ofNanos(modelLoad),
          plainSide.toSide(),
          newskgSide.toSide(),
          BenchResult.stagesOf(stages),
          quads,
          HeapPeaks.usedAfterGc(),
          HeapPeaks.maxBytes());
    } finally {
      deleteTree(work);
    }
  }

  private IngestReport ingest(NlpPipeline nlp, KgStore kg, Path file, StageTimes times, int n) {
    IngestReport report =
        IngestJob.builder()
            .store(kg.dataset(), kg.directory())
            .nlp(nlp)
            .settings(settings)
            .stageTimes(times)
            .build()
            .run(List.of(file));
    if (report.stored() != n || report.hasFailures()) {
      throw new KgException(
          ("benchmark ingest of %s stored %d of %d articles (%d unchanged, failures %s);"
                  + " is the store new?")
              .formatted(
                  file.getFileName(), report.stored(), n, report.unchanged(), report.failed()));
    }
    return report;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(files.toList());
      all.sort(Comparator.reverseOrder());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Settings, checked once by {@link #build()}. */
  public static final class Builder {
    private List<Path> seeds = List.of(Path.of("seeds"));
    private int articles = 100;
    private int rounds = 10;
    private Path store;
    private IngestSettings settings = IngestSettings.DEFAULT;

    private Builder() {}

    /** Files or folders of articles to copy; default {@code seeds}. */
    public Builder seeds(List<Path> paths) {
      this.seeds = List.copyOf(paths);
      return this;
    }

    /** How many articles to ingest, all told; default 100. */
    public Builder articles(int n) {
      this.articles = n;
      return this;
    }

    /** Into how many alternating rounds to split them; default 10. */
    public Builder rounds(int n) {
      this.rounds = n;
      return this;
    }

    /** A new or empty TDB2 store directory to keep; by default a temporary one, deleted. */
    public Builder store(Path dir) {
      this.store = dir;
      return this;
    }

    public Builder settings(IngestSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    public IngestBenchmark build() {
      if (seeds.isEmpty()) {
        throw new IllegalArgumentException("no seed paths");
      }
      if (rounds < 1 || articles < rounds) {
        throw new IllegalArgumentException(
            "%d articles in %d rounds: need at least one round and one article a round"
                .formatted(articles, rounds));
      }
      try (Stream<Path> entries =
          store != null && Files.isDirectory(store) ? Files.list(store) : Stream.empty()) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(
              "store %s is not empty; the benchmark needs a new store".formatted(store));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new IngestBenchmark(this);
    }
  }
}
