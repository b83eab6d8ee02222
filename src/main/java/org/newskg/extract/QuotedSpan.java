package org.newskg.extract;

import java.util.Objects;

/**
 * Words between quotation marks.
 *
 * @param inner the words, marks excluded
 * @param outer the words with their marks (a part whose closing mark is missing because the quote
 *     runs on into the next paragraph ends at the end of its paragraph)
 * @param continuesPrevious the part opens a paragraph that carries on a quote left open at the end
 *     of the paragraph before
 */
record QuotedSpan(Span inner, Span outer, boolean continuesPrevious) {
  QuotedSpan {
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(outer, "outer");
    if (!outer.contains(inner)) {
      throw new IllegalArgumentException(
          "quote %d-%d lies outside its marks %d-%d"
              .formatted(inner.begin(), inner.end(), outer.begin(), outer.end()));
    }
  }
}
