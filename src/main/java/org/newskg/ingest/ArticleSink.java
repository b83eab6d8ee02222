package org.newskg.ingest;

/**
 * Receives what an {@link ArticleReader} reads, in input order: each article, and each input that
 * could not be read. Exceptions thrown by a sink are not caught by the reader; they end the read.
 */
public interface ArticleSink {

  /** One article, read whole. */
  void accept(Article article);

  /** An input (a file, or one line of a JSONL file) that gave no article. */
  void problem(IngestProblem problem);

  /**
   * Something wrong next to an article that was still read, such as a sidecar that is not JSON or
   * has an unparseable date: the article is delivered without the bad fields. Called before the
   * article it concerns. By default treated as a {@link #problem}, so that nothing goes unseen.
   */
  default void warning(IngestProblem warning) {
    problem(warning);
  }
}
