package org.newskg.extract;

import java.util.Objects;
import org.newskg.nlp.MentionKind;

/** Words in the article that refer to an entity: a name, a description or a pronoun. */
public record EntityMention(Span span, String text, MentionKind kind) {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.length() != span.end() - span.begin()) {
      throw new IllegalArgumentException(
          "mention text '%s' does not fit span %d-%d".formatted(text, span.begin(), span.end()));
    }
  }
}
