package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.nlp.WordNet;

/**
 * Names WordNet holds as proper nouns, instances of a kind: "Sheffield" and "Leeds" (cities),
 * "Jean Paul Sartre" (a person, which WordNet writes "Jean-Paul Sartre"). Only the
 * name's most frequent sense counts, and only when WordNet writes that sense's lemma as the name
 * with a capital: "Park" is the common noun "park" first, "Lincoln" the president before the
 * city, and a two-word name WordNet's morphology reads as its last word alone is not known.
 */
final class ProperNouns {
  private ProperNouns() {}

  /** The name's most frequent sense, when WordNet writes one of its lemmas as the name. */
  static Optional<WordNet.Sense> senseOf(String name) {
    for (String spelling : spellings(name)) {
      List<WordNet.Sense> senses = WordNet.get().senses(spelling, WordNet.Pos.NOUN);
      // WordNet's morphology may find another word for one spelling ("Sartre" for "Jean Paul
      // Sartre"), and the name itself for the next ("Jean-Paul Sartre")
      if (!senses.isEmpty() && senses.get(0).lemmas().stream().anyMatch(l -> sameName(l, name))) {
        return Optional.of(senses.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the name is a city, state or other administrative district by its most frequent
   * sense: not "Korea" (a peninsula), "South" (a region) or "Eden" (no instance at all), which
   * name parts of longer names far more often than places of their own.
   */
  static boolean isDistrict(String name) {
    return senseOf(name)
        .filter(s -> WordNet.get().isInstanceOf(s, "administrative district"))
        .isPresent();
  }

  /** Whether the name is a person by its most frequent sense ("Jean-Paul Sartre"). */
  static boolean isPerson(String name) {
    return senseOf(name).filter(s -> WordNet.get().isInstanceOf(s, "person")).isPresent();
  }

  /** Whether WordNet knows the word neither as a noun nor as an adjective ("Novo"). */
  static boolean isUnknown(String word) {
    return WordNet.get().senses(word, WordNet.Pos.NOUN).isEmpty()
        && WordNet.get().senses(word, WordNet.Pos.ADJECTIVE).isEmpty();
  }

  /** The name as written, then with one space a hyphen ("Jean-Paul Sartre"). */
  private static List<String> spellings(String name) {
    List<String> out = new ArrayList<>(List.of(name));
    for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
      out.add(name.substring(0, i) + '-' + name.substring(i + 1));
    }
    return out;
  }

  /** A lemma that writes the name with a capital, spaces and hyphens aside. */
  private static boolean sameName(String lemma, String name) {
    return Character.isUpperCase(lemma.charAt(0)) && folded(lemma).equals(folded(name));
  }

  private static String folded(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
  }
}
