package org.newskg.extract;

/** The top-level class of an entity; finer kinds are in {@link PlaceKind}. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE
}
