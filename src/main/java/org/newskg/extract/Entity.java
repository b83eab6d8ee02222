package org.newskg.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person, organization or place as one article speaks of it.
 *
 * @param key the identity shared across articles: the same real entity gets the same key in every
 *     article (and so the same IRI)
 * @param canonicalName the fullest name the article uses
 * @param alternateNames the other names and spellings the article uses
 * @param mentions every mention, pronouns resolved by coreference included, in text order
 * @param literalReferents mentions that name another entity but stand for this one (a seat of
 *     government for its country's government), with the key of the entity they name
 */
public record Entity(
    String key,
    EntityType type,
    PlaceKind placeKind,
    String canonicalName,
    List<String> alternateNames,
    List<EntityMention> mentions,
    List<Role> roles,
    Map<Span, String> literalReferents) {

  public Entity(
      String key,
      EntityType type,
      PlaceKind placeKind,
      String canonicalName,
      List<String> alternateNames,
      List<EntityMention> mentions,
      List<Role> roles) {
    this(key, type, placeKind, canonicalName, alternateNames, mentions, roles, Map.of());
  }

  public Entity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(placeKind, "placeKind");
    Objects.requireNonNull(canonicalName, "canonicalName");
    alternateNames = List.copyOf(alternateNames);
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
    literalReferents = Map.copyOf(literalReferents);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("entity '%s' has an empty key".formatted(canonicalName));
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity '%s' has no mentions".formatted(canonicalName));
    }
  }
}
