package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event one article reports.
 *
 * @param trigger the word that names it ("met", "invasion", "call")
 * @param support the verb of a support construction that says it happened ("delivered" in
 *     "delivered a response", "have" in "set to have a phone call"), if any
 * @param lemma the trigger's lemma
 * @param key what two mentions of the same kind of event share: the stem of the trigger or of the
 *     verb a noun is made from ("response" and "responded" give "respond")
 * @param type the finer type from the typology, if the trigger has one
 * @param when when it happens, normalised against the article date
 * @param placeKey the entity key of the place it happens in, when the text gives one
 * @param themeEvents triggers of events this one is about ("threatened … with sanctions")
 */
public record Event(
    Span trigger,
    Optional<Span> support,
    String lemma,
    String key,
    Optional<EventType> type,
    Factuality factuality,
    List<Participant> participants,
    Optional<TimeValue> when,
    Optional<String> placeKey,
    List<Span> themeEvents) {
  public Event {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(support, "support");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(factuality, "factuality");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(placeKey, "placeKey");
    participants = List.copyOf(participants);
    themeEvents = List.copyOf(themeEvents);
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          "event at %d-%d has an empty key".formatted(trigger.begin(), trigger.end()));
    }
  }
}
