package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Adds mentions found after the article's entities were made (names in photo credits, places
 * inside organizations' names): the mentions of a key join the entity of that key when it is of
 * their type, or make a new entity; a key the article gives an entity of another type keeps that
 * entity, and the late mentions are left out.
 */
final class LateMentions {
  private LateMentions() {}

  /**
   * @param late the late mentions by entity key, in text order
   * @param typeOf the type the late mentions of a key have (null for a key with none)
   * @param newEntity the entity a key with no entity yet becomes
   */
  static List<Entity> add(
      List<Entity> entities,
      Map<String, List<EntityMention>> late,
      Function<String, EntityType> typeOf,
      BiFunction<String, List<EntityMention>, Entity> newEntity) {
    if (late.isEmpty()) {
      return entities;
    }
    Map<String, List<EntityMention>> left = new LinkedHashMap<>(late);
    Set<String> keys = new HashSet<>();
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      keys.add(e.key());
      List<EntityMention> more = typeOf.apply(e.key()) == e.type() ? left.remove(e.key()) : null;
      out.add(more == null ? e : withMentions(e, more));
    }
    left.forEach(
        (key, mentions) -> {
          if (keys.add(key)) {
            out.add(newEntity.apply(key, mentions));
          }
        });
    return out;
  }

  /** The mentions and the late ones, in text order. */
  static List<EntityMention> inTextOrder(List<EntityMention> mentions, List<EntityMention> more) {
    List<EntityMention> out = new ArrayList<>(mentions);
    out.addAll(more);
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  private static Entity withMentions(Entity e, List<EntityMention> more) {
    List<EntityMention> mentions = inTextOrder(e.mentions(), more);
    return new Entity(
        e.key(),
        e.type(),
        e.placeKind(),
        e.canonicalName(),
        e.alternateNames(),
        mentions,
        e.roles(),
        e.literalReferents());
  }
}
