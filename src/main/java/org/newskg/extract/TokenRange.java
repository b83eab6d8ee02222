package org.newskg.extract;

import java.util.Optional;

/**
 * Tokens {@code begin} (inclusive) to {@code end} (exclusive) of an analysis: the extent of a
 * phrase in the parse or of a reported clause.
 */
record TokenRange(int begin, int end) {
  TokenRange {
    if (begin < 0) {
      throw new IllegalArgumentException("token range begin %d is negative".formatted(begin));
    }
    if (end < begin) {
      throw new IllegalArgumentException("token range end %d before begin %d".formatted(end, begin));
    }
  }

  /**
   * The range [begin, end) if it holds at least {@code tokens} tokens. The rules that trim a clause
   * may move its begin past its end, which is no range: that is empty too.
   */
  static Optional<TokenRange> ofAtLeast(int begin, int end, int tokens) {
    return end - begin >= tokens ? Optional.of(new TokenRange(begin, end)) : Optional.empty();
  }

  int size() {
    return end - begin;
  }

  boolean contains(int token) {
    return token >= begin && token < end;
  }

  TokenRange withBegin(int newBegin) {
    return new TokenRange(newBegin, end);
  }

  TokenRange withEnd(int newEnd) {
    return new TokenRange(begin, newEnd);
  }
}
