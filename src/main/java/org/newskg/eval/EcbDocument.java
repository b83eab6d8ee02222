package org.newskg.eval;

import java.util.List;
import java.util.Objects;
import org.newskg.extract.Span;
import org.newskg.ingest.ArticleMetadata;

/**
 * One ECB+ document: its text (one sentence a line), the sentences the annotators covered, and the
 * gold event mentions in them with their coreference clusters.
 *
 * @param topic the ECB+ topic number (each topic holds two similar real events)
 */
record EcbDocument(String id, int topic, String text, List<Span> annotatedSentences,
    List<GoldMention> events) {

  /** A gold event mention: characters {@code span} of the text, in gold cluster {@code cluster}. */
  record GoldMention(String id, Span span, String cluster) {
    GoldMention {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(cluster, "cluster");
    }
  }

  EcbDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    annotatedSentences = List.copyOf(annotatedSentences);
    events = List.copyOf(events);
  }

  /** The date and publisher the text prints at its top, as ingest would read them. */
  ArticleMetadata metadata() {
    return ArticleMetadata.inferredFrom(text);
  }

  boolean inAnnotatedSentence(Span span) {
    return annotatedSentences.stream().anyMatch(s -> s.contains(span));
  }
}
