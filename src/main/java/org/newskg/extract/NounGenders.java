package org.newskg.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The grammatical gender a common noun of people implies ("spokeswoman", "mother": feminine;
 * "spokesman", "father": masculine). Feminine nouns are those of CoreNLP's coreference list of
 * female words ({@code dcoref/female.unigrams.txt}) that its male list lacks. Its male list is no
 * guide the other way: it holds most nouns of roles ("official", "governor", "witness"), which
 * say nothing of gender, so a noun is masculine only as the male form of a feminine one: "-man"
 * for "-woman", or the other member of an English gender pair ("father"/"mother").
 */
final class NounGenders {
  private static final Set<String> FEMALE_LIST = read("edu/stanford/nlp/models/dcoref/female.unigrams.txt");
  private static final Set<String> MALE_LIST = read("edu/stanford/nlp/models/dcoref/male.unigrams.txt");

  /** Male nouns and their female counterparts that are not "-man" / "-woman". */
  private static final Map<String, String> FEMALE_OF =
      Map.ofEntries(
          Map.entry("father", "mother"), Map.entry("son", "daughter"), Map.entry("husband", "wife"),
          Map.entry("brother", "sister"), Map.entry("boy", "girl"), Map.entry("king", "queen"),
          Map.entry("actor", "actress"), Map.entry("uncle", "aunt"), Map.entry("nephew", "niece"),
          Map.entry("grandfather", "grandmother"), Map.entry("boyfriend", "girlfriend"),
          Map.entry("prince", "princess"), Map.entry("gentleman", "lady"), Map.entry("widower", "widow"),
          Map.entry("grandson", "granddaughter"), Map.entry("stepfather", "stepmother"));

  private NounGenders() {}

  static Optional<PersonGenders.Gender> of(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    if (FEMALE_LIST.contains(w) && !MALE_LIST.contains(w)) {
      return Optional.of(PersonGenders.Gender.FEMININE);
    }
    String female = w.endsWith("man") ? w.substring(0, w.length() - 3) + "woman" : FEMALE_OF.get(w);
    boolean pair = female != null && FEMALE_LIST.contains(female) && !MALE_LIST.contains(female);
    return pair ? Optional.of(PersonGenders.Gender.MASCULINE) : Optional.empty();
  }

  private static Set<String> read(String list) {
    Set<String> words = new HashSet<>();
    for (String line : Gazetteer.lines(list)) {
      words.add(line.strip());
    }
    return Set.copyOf(words);
  }
}
