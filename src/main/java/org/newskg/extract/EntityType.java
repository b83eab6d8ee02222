package org.newskg.extract;

/** The top-level class of an entity; finer kinds are in {@link PlaceKind}. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  /**
   * A thing an article describes without a name ("the patch", "the car"): only unnamed
   * participants have it, never a named entity.
   */
  THING
}
