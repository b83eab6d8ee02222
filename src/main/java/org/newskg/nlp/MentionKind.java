package org.newskg.nlp;

/** What kind of words a coreference mention is. */
public enum MentionKind {
  PROPER,
  NOMINAL,
  PRONOMINAL,
  LIST
}
