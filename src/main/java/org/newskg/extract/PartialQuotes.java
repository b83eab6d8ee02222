package org.newskg.extract;

import java.util.List;
import java.util.Optional;

/**
 * Words quoted inside someone's reported speech are that speaker's words: "the company said the
 * outage “greatly disturbed” traffic", "an official said a review would follow only if studies
 * showed “a clear link”". The reporting verb may stand too far above the quoted words for the
 * quote's own search to reach it; the reported clause around them already names who spoke.
 */
final class PartialQuotes {
  private PartialQuotes() {}

  /**
   * The quote with the speaker of the reported statement whose clause holds it, when the quote
   * names nobody; the quote as it is otherwise.
   */
  static Statement withReporter(Statement quote, List<Statement> reported) {
    if (quote.speaker().isPresent()) {
      return quote;
    }
    return reporterOf(quote.content(), reported)
        .map(r -> asWordsOf(r, quote.content(), quote.quote()))
        .orElse(quote);
  }

  /** The quoted words as a direct statement of the reporter's speaker, cue and time. */
  static Statement asWordsOf(Statement reporter, Span content, String quote) {
    return new Statement(
        content, quote, true, reporter.speaker(), reporter.speakerMention(), reporter.cue(), reporter.when());
  }

  /**
   * The innermost reported statement with a speaker whose clause holds {@code words}; a clause
   * that ends on the quote's closing mark holds it too.
   */
  static Optional<Statement> reporterOf(Span words, List<Statement> reported) {
    Statement best = null;
    for (Statement r : reported) {
      Span clause = r.content();
      boolean holds = clause.begin() < words.begin() && words.end() <= clause.end() + 1;
      if (holds && r.speaker().isPresent() && (best == null || best.content().contains(clause))) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }
}
