package org.newskg.extract;

import java.util.List;
import java.util.Objects;

/**
 * A person, organization or place as one article speaks of it.
 *
 * @param key the identity shared across articles: the same real entity gets the same key in every
 *     article (and so the same IRI)
 * @param canonicalName the fullest name the article uses
 * @param alternateNames the other names and spellings the article uses
 * @param mentions every mention, pronouns resolved by coreference included, in text order
 */
public record Entity(
    String key,
    EntityType type,
    PlaceKind placeKind,
    String canonicalName,
    List<String> alternateNames,
    List<EntityMention> mentions,
    List<Role> roles) {

  public Entity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(placeKind, "placeKind");
    Objects.requireNonNull(canonicalName, "canonicalName");
    alternateNames = List.copyOf(alternateNames);
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("entity '%s' has an empty key".formatted(canonicalName));
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity '%s' has no mentions".formatted(canonicalName));
    }
  }
}
