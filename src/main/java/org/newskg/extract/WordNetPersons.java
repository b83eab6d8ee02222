package org.newskg.extract;

import java.util.List;
import java.util.Locale;
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
    List<WordNet.Sense> senses =
        WordNet.get().senses(lemma.toLowerCase(Locale.ROOT), WordNet.Pos.NOUN);
    return senses.stream().limit(2).anyMatch(s -> s.lexFile().equals("noun.person"));
  }
}
