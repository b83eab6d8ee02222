package org.newskg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles from files and folders: {@code .txt} files with optional {@code NAME.json}
 * sidecars, and {@code .jsonl} files with one article per line.
 *
 * <pre>{@code
 * ArticleReader reader = ArticleReader.builder().maxBytes(5_000_000).build();
 * reader.read(List.of(Path.of("seeds")), sink);
 * }</pre>
 *
 * <p>Folders are read recursively, their files sorted by path; other file types in them are
 * ignored. Bad input never throws: each file or line that gives no article is an {@link
 * IngestProblem} handed to the sink, and the rest of the batch goes on. An article's text is the
 * input exactly as written (no trimming, no newline changes), but for a leading UTF-8 byte order
 * mark, which is dropped: character offsets index the text without it, while byte offsets in
 * problems count from the start of the file. A date or publisher that the input does not give is
 * inferred from the text where it shows one, and marked inferred.
 *
 * <p>A reader is immutable and may be shared between threads.
 */
public final class ArticleReader {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

  /** The default size limit per file: 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** Told how many files have been read, for a progress bar. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Called once with {@code filesDone == 0} when the files to read are known, then after each
     * file. Runs on the reading thread: keep it quick.
     */
    void progress(int filesDone, int filesTotal);
  }

  private final long maxBytes;
  private final ProgressListener progress;
  private final Map<String, ArticleSource> sources;
  private final InputFinder finder;

  private ArticleReader(Builder builder) {
    this.maxBytes = builder.maxBytes;
    this.progress = builder.progress;
    this.sources =
        Map.of(
            TxtArticleSource.EXTENSION, new TxtArticleSource(maxBytes),
            JsonlArticleSource.EXTENSION, new JsonlArticleSource(maxBytes));
    this.finder = new InputFinder(sources.keySet());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The size limit per file, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads the given files and folders in order, handing every article and every problem to {@code
   * sink}. Only a caller's mistake (a null argument) or an exception from the sink or the listener
   * leaves this method by exception.
   */
  public void read(List<Path> paths, ArticleSink sink) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(sink, "sink");
    paths.forEach(path -> Objects.requireNonNull(path, "a path in paths"));
    long began = System.nanoTime();
    CountingSink counting = new CountingSink(sink);
    List<Path> files = finder.find(paths, counting);
    progress.progress(0, files.size());
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      LOG.debug("Reading {}", file);
      sources.get(InputFinder.extension(file)).read(file, counting);
      progress.progress(i + 1, files.size());
    }
    LOG.info(
        "Read {} articles from {} files ({} problems, {} warnings) in {} ms",
        counting.articles,
        files.size(),
        counting.problems,
        counting.warnings,
        (System.nanoTime() - began) / 1_000_000);
  }

  /** Settings for an {@link ArticleReader}, checked as they are set. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private ProgressListener progress = (done, total) -> {};

    private Builder() {}

    /** Files bigger than this are problems, not read; default {@link #DEFAULT_MAX_BYTES}. */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes " + maxBytes + " is not positive");
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** Told of progress after each file; by default nobody is. */
    public Builder progress(ProgressListener listener) {
      this.progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public ArticleReader build() {
      return new ArticleReader(this);
    }
  }

  /** Passes everything on, counting, and logs problems at DEBUG. */
  private static final class CountingSink implements ArticleSink {
    private final ArticleSink sink;
    private int articles;
    private int problems;
    private int warnings;

    CountingSink(ArticleSink sink) {
      this.sink = sink;
    }

    @Override
    public void accept(Article article) {
      articles++;
      LOG.debug("Article {} from {}", article.id(), article.origin());
      sink.accept(article);
    }

    @Override
    public void problem(IngestProblem problem) {
      problems++;
      LOG.debug("Problem: {}", problem);
      sink.problem(problem);
    }

    @Override
    public void warning(IngestProblem warning) {
      warnings++;
      LOG.debug("Warning: {}", warning);
      sink.warning(warning);
    }
  }
}
