package org.newskg.testsupport;

import java.time.LocalDate;
import java.util.Optional;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.ArticleExtractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;

/** Everything extracted from a text written for a test, published on a given day, with the real CoreNLP. */
public final class Extractions {
  private Extractions() {}

  public static ArticleExtraction of(String text, LocalDate published) {
    ArticleMetadata meta =
        new ArticleMetadata(
            Optional.empty(), Optional.empty(), Optional.of(published), Optional.empty(), false, false);
    Article article = new Article("t", text, meta, "test");
    return new ArticleExtractor()
        .extract(article, SeedStore.nlp().analyze(text, Optional.of(published)));
  }
}
