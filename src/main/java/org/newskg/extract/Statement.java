package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
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
 * @param coSpeakers the others who said the words with {@code speaker} ("Smith and Jones said"),
 *     named by the same {@code speakerMention}
 */
public record Statement(
    Span content,
    String quote,
    boolean direct,
    Optional<SpeakerRef> speaker,
    Optional<Span> speakerMention,
    String cue,
    Optional<TimeValue> when,
    List<SpeakerRef> coSpeakers) {
  public Statement {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(when, "when");
    coSpeakers = List.copyOf(coSpeakers);
    if (speaker.isEmpty() && !coSpeakers.isEmpty()) {
      throw new IllegalArgumentException(
          "statement at %d-%d has co-speakers but no speaker".formatted(content.begin(), content.end()));
    }
    if (quote.isBlank()) {
      throw new IllegalArgumentException(
          "statement at %d-%d has no words".formatted(content.begin(), content.end()));
    }
  }

  /** A statement of one speaker, or of nobody. */
  public Statement(
      Span content,
      String quote,
      boolean direct,
      Optional<SpeakerRef> speaker,
      Optional<Span> speakerMention,
      String cue,
      Optional<TimeValue> when) {
    this(content, quote, direct, speaker, speakerMention, cue, when, List.of());
  }

  /** The same words said by the speaker and {@code others}, named together by {@code mention}. */
  Statement withCoSpeakers(List<SpeakerRef> others, Span mention) {
    return new Statement(content, quote, direct, speaker, Optional.of(mention), cue, when, others);
  }

  /** The same words said by {@code all}: the first is the speaker, the others its co-speakers. */
  Statement withSpeakers(List<SpeakerRef> all) {
    return new Statement(
        content, quote, direct, Optional.of(all.get(0)), speakerMention, cue, when, all.subList(1, all.size()));
  }

  /** The speaker and the co-speakers, in that order; empty when nobody is named. */
  public List<SpeakerRef> speakers() {
    List<SpeakerRef> all = new ArrayList<>();
    speaker.ifPresent(all::add);
    all.addAll(coSpeakers);
    return all;
  }
}
