package org.newskg.extract;

/** Finer kinds of {@link EntityType#PLACE}, from CoreNLP's fine-grained NER. */
public enum PlaceKind {
  NONE,
  COUNTRY,
  CITY,
  STATE
}
