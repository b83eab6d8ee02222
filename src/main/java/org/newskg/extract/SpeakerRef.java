package org.newskg.extract;

import java.util.Objects;

/**
 * Who a statement is attributed to: a named entity, an anonymous source of the article, or an
 * organization it describes without a name.
 */
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

  /**
   * An organization the article describes without a name ("police said", "the company said"):
   * the span of the description's head noun until the article's unnamed participants are known,
   * then the first mention of the participant it belongs to ({@link UnnamedSpeakers}).
   */
  record Unnamed(Span span) implements SpeakerRef {
    public Unnamed {
      Objects.requireNonNull(span, "span");
    }
  }
}
