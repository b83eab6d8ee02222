package org.newskg.extract;

import org.newskg.nlp.WordNet;

/**
 * Nouns of people the animacy lists do not know ("shooter", "landlord", "blogger"), by WordNet:
 * one of the noun's two most frequent senses is in its lexicographer file of people
 * (noun.person). Two, because WordNet lists "shooter" first as a marble; not more, because most
 * nouns have a person sense somewhere ("count", "model"). Measured on ECB+, one sense or two score
 * the same; two type "the shooter" right.
 */
final class WordNetPersons {
  private WordNetPersons() {}

  static boolean isPerson(String lemma) {
    return WordNet.get().amongFirstSenses(lemma, WordNet.Pos.NOUN, 2, "noun.person");
  }
}
