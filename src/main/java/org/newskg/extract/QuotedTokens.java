package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * Which tokens stand inside quotation marks, marks included: the quotes {@link QuoteFinder} finds
 * (over line breaks too), with those left open cut at their attribution ({@link UnclosedQuotes}).
 */
final class QuotedTokens {
  private QuotedTokens() {}

  /** The article's quotes, found and repaired as the statements' extraction does. */
  static boolean[] of(Analysis analysis) {
    List<QuotedSpan> quotes = new QuoteFinder().find(analysis.text());
    return of(analysis, UnclosedQuotes.repair(new DependencyTree(analysis), quotes));
  }

  static boolean[] of(Analysis analysis, List<QuotedSpan> quotes) {
    boolean[] quoted = new boolean[analysis.tokens().size()];
    for (Token t : analysis.tokens()) {
      Span span = new Span(t.begin(), t.end());
      for (QuotedSpan q : quotes) {
        if (q.outer().contains(span)) {
          quoted[t.index()] = true;
        }
      }
    }
    return quoted;
  }
}
