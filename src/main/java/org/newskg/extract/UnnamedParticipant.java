package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * People, organizations, places and things an article describes without naming them ("a man",
 * "the police", "the quake victims", "the company", "the hospital", "the patch"), one per
 * coreference chain or lone description; things are written as {@code nkg:UnnamedThing}. Never merged with a named person; merged with
 * another article's description only with evidence (see the entity merge).
 *
 * @param type what the head noun denotes
 * @param firstMention the span of its first description: its identity in the article
 * @param description the words of that description
 * @param headLemma the lemma of the description's head noun ("victim")
 * @param modifiers the lower-case lemmas of the words before the head ("quake"), determiners and
 *     possessives aside: what distinguishes it from other people of that kind
 * @param mentions every description and pronoun of it, in text order
 */
public record UnnamedParticipant(
    EntityType type,
    Span firstMention,
    String description,
    String headLemma,
    Set<String> modifiers,
    List<EntityMention> mentions) {
  public UnnamedParticipant {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(firstMention, "firstMention");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(headLemma, "headLemma");
    modifiers = Set.copyOf(modifiers);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("participant '%s' has no mentions".formatted(description));
    }
  }
}
