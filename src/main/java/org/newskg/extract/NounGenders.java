package org.newskg.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The grammatical gender a common noun of people implies ("spokeswoman", "mother": feminine;
 * "spokesman": masculine), from the word lists CoreNLP's own coreference ships ({@code
 * dcoref/female.unigrams.txt}, {@code male.unigrams.txt}). A noun in both lists, or in neither
 * ("neighbor"), has none. Read once per process.
 */
final class NounGenders {
  private static final Set<String> FEMININE = read("edu/stanford/nlp/models/dcoref/female.unigrams.txt");
  private static final Set<String> MASCULINE = read("edu/stanford/nlp/models/dcoref/male.unigrams.txt");

  private NounGenders() {}

  static Optional<PersonGenders.Gender> of(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    boolean feminine = FEMININE.contains(w);
    boolean masculine = MASCULINE.contains(w);
    if (feminine == masculine) {
      return Optional.empty();
    }
    return Optional.of(feminine ? PersonGenders.Gender.FEMININE : PersonGenders.Gender.MASCULINE);
  }

  private static Set<String> read(String list) {
    Set<String> words = new HashSet<>();
    for (String line : Gazetteer.lines(list)) {
      words.add(line.strip());
    }
    return Set.copyOf(words);
  }
}
