package org.newskg.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source, before any analysis.
 *
 * @param id the input's id: a file name stem, or the {@code id} key of a JSONL line
 * @param text the article text exactly as read; every character offset in the graph indexes it
 * @param metadata what the source or the text says about the article
 * @param origin where it was read from, for messages
 */
public record Article(String id, String text, ArticleMetadata metadata, String origin) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(origin, "origin");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank (from " + origin + ")");
    }
  }

  public Optional<LocalDate> datePublished() {
    return metadata.datePublished();
  }
}
