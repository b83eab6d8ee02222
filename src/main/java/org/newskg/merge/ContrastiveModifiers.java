package org.newskg.merge;

import java.util.Set;
import java.util.TreeSet;

/**
 * The modifiers that tell members of one kind apart: numbers ("two victims", "1,400 species"),
 * ordinals and their kin ("the first victims", "another prison", "the former coach"). Other
 * modifiers describe rather than distinguish: reports of one story call one patch "an emergency
 * patch", "a critical security patch" and "the Microsoft patch", so descriptions are told apart
 * by these words only. A closed class of English function words, not a list of any corpus's
 * words.
 */
final class ContrastiveModifiers {
  private static final Set<String> WORDS =
      Set.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "dozen", "hundred", "thousand", "million", "first", "second", "third", "fourth",
          "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "next", "previous",
          "former", "other", "another", "different", "both", "many", "several", "few", "some",
          "more");

  private ContrastiveModifiers() {}

  /** The contrastive ones of these modifier lemmas. */
  static Set<String> of(Set<String> modifiers) {
    Set<String> out = new TreeSet<>();
    for (String m : modifiers) {
      if (WORDS.contains(m) || m.chars().anyMatch(Character::isDigit)) {
        out.add(m);
      }
    }
    return out;
  }
}
