package org.newskg.nlp;

import java.util.List;

/** Mentions the coreference stage believes refer to one thing, in text order. */
public record CorefChain(int id, CorefMention representative, List<CorefMention> mentions) {
  public CorefChain {
    mentions = List.copyOf(mentions);
  }
}
