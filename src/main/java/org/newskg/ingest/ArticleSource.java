package org.newskg.ingest;

import java.nio.file.Path;

/** Reads one kind of file: {@link TxtArticleSource}, {@link JsonlArticleSource}. */
interface ArticleSource {

  /**
   * Reads {@code file}, handing each article, problem and warning to {@code sink}. Bad input is
   * reported, never thrown.
   */
  void read(Path file, ArticleSink sink);
}
