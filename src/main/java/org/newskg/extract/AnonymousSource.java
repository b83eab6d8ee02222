package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source the article does not name: a person ("a U.S. official who spoke on condition of
 * anonymity"), or a document with no author named ("court records", "the report"). Never merged
 * with a named person, nor with a source of another article.
 *
 * @param firstMention the span of its first, fullest description: its identity in the article
 * @param affiliationKey the organization or country the description names, if any
 * @param mentions every later description and pronoun that refers to it
 * @param document true for a document, record or website rather than a person
 */
public record AnonymousSource(
    Span firstMention,
    String description,
    Optional<String> affiliationKey,
    List<EntityMention> mentions,
    boolean document) {
  public AnonymousSource {
    Objects.requireNonNull(firstMention, "firstMention");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(affiliationKey, "affiliationKey");
    mentions = List.copyOf(mentions);
  }
}
