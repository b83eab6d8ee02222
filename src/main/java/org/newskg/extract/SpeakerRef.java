package org.newskg.extract;

import java.util.Objects;

/**
 * Who a statement is attributed to: a named entity, an anonymous source of the article, an
 * organization it describes without a name, or a document whose author it does not name.
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
   * A document, record or website the article gives as the source of words with no author named
   * ("according to court records"): the first mention of the article's document source.
   */
  record Document(Span firstMention) implements SpeakerRef {
    public Document {
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
