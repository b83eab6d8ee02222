package org.newskg.extract;

import java.util.Objects;

/** Who a statement is attributed to: a named entity, or an anonymous source of the article. */
public sealed interface SpeakerRef {

  /** A person, organization or place with a name: its {@link Entity#key()}. */
  record Named(String entityKey) implements SpeakerRef {
    public Named {
      Objects.requireNonNull(entityKey, "entityKey");
    }
  }

  /** An unnamed source, identified within its article by the span of its first description. */
  record Anonymous(Span firstMention) implements SpeakerRef {
    public Anonymous {
      Objects.requireNonNull(firstMention, "firstMention");
    }
  }
}
