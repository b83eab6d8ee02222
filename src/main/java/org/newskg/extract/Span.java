package org.newskg.extract;

/** Characters {@code begin} (inclusive) to {@code end} (exclusive) of an article's text. */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0) {
      throw new IllegalArgumentException("span begin %d is negative".formatted(begin));
    }
    if (end < begin) {
      throw new IllegalArgumentException("span end %d before begin %d".formatted(end, begin));
    }
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
