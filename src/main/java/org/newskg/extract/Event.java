package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An event one article reports.
 *
 * @param trigger the word that names it ("met", "invasion", "call")
 * @param support the verb of a support construction that says it happened ("delivered" in
 *     "delivered a response", "have" in "set to have a phone call"), if any
 * @param lemma the trigger's lemma
 * @param key what two mentions of the same kind of event share: the stem of the trigger or of the
 *     verb a noun is made from ("response" and "responded" give "respond")
 * @param senses further keys by which mentions of one kind of event meet: the WordNet synsets of
 *     the trigger's first sense ("put" and "placed" share one)
 * @param type the finer type from the typology, if the trigger has one
 * @param when when it happens, normalised against the article date
 * @param placeKey the entity key of the place it happens in, when the text gives one
 * @param themeEvents triggers of events this one is about ("threatened … with sanctions")
 * @param modifier whether the trigger modifies a noun, as a participle in adjective position ("the
 *     injured player"; not one of a verb of saying, "the reported theft") or a common noun
 *     modifier ("a murder trial"): a weaker sign of an event of its own than a verb or a noun
 *     that stands alone
 */
public record Event(
    Span trigger,
    Optional<Span> support,
    String lemma,
    String key,
    Set<String> senses,
    Optional<EventType> type,
    Factuality factuality,
    List<Participant> participants,
    Optional<TimeValue> when,
    Optional<String> placeKey,
    List<Span> themeEvents,
    boolean modifier) {
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
    senses = Set.copyOf(senses);
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          "event at %d-%d has an empty key".formatted(trigger.begin(), trigger.end()));
    }
  }

  /** The key and the senses: two mentions with one of them in common name one kind of event. */
  public Set<String> keys() {
    Set<String> out = new java.util.HashSet<>(senses);
    out.add(key);
    return Set.copyOf(out);
  }
}
