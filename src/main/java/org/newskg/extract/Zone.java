package org.newskg.extract;

import java.util.Objects;

/** A stretch of text that is not article body, and what it is instead. */
public record Zone(ZoneKind kind, Span span) {
  public Zone {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
