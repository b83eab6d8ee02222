package org.newskg.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text. Any field may be absent. A field taken from
 * the text itself (a dateline, a masthead) rather than from a sidecar or JSONL key is marked
 * inferred, so that the graph can say so.
 */
public record ArticleMetadata(
    Optional<String> url,
    Optional<String> publisher,
    Optional<LocalDate> datePublished,
    Optional<String> headline,
    boolean dateInferred,
    boolean publisherInferred) {

  public static final ArticleMetadata NONE =
      new ArticleMetadata(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false);

  /**
   * What the top of a bare text tells of itself (a labelled date line, a wire dateline), read as
   * ingest reads a plain text file without a sidecar.
   */
  public static ArticleMetadata inferredFrom(String text) {
    return TextMetadataSniffer.complete(NONE, text);
  }

  public ArticleMetadata {
    url = url == null ? Optional.empty() : url;
    publisher = publisher == null ? Optional.empty() : publisher;
    datePublished = datePublished == null ? Optional.empty() : datePublished;
    headline = headline == null ? Optional.empty() : headline;
  }
}
