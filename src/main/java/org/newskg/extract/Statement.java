package org.newskg.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * Words attributed to a speaker in one article.
 *
 * @param content the attributed words: inside the quotation marks for a direct quote, the reported
 *     clause otherwise
 * @param direct true for words in quotation marks
 * @param speaker who said them, when the text tells
 * @param speakerMention the words of this attribution that name the speaker ("he", "Smith", "a
 *     U.S. official")
 * @param cue the lemma of the attributing verb or phrase ("say", "according to", "shoot back")
 * @param when when the words were said, when the text tells
 */
public record Statement(
    Span content,
    String quote,
    boolean direct,
    Optional<SpeakerRef> speaker,
    Optional<Span> speakerMention,
    String cue,
    Optional<TimeValue> when) {
  public Statement {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(when, "when");
    if (quote.isBlank()) {
      throw new IllegalArgumentException(
          "statement at %d-%d has no words".formatted(content.begin(), content.end()));
    }
  }
}
