package org.newskg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The usual grammatical gender of English first names, from the list CoreNLP's own coreference
 * ships ({@code dcoref/namegender.combine.txt}, about 14,600 names). A name the list gives both
 * genders ("Jordan", "Pat") has none. Read once per process.
 */
final class FirstNameGenders {
  private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, PersonGenders.Gender> BY_NAME = read();
  private static final Set<String> KNOWN = readNames();

  private FirstNameGenders() {}

  /** The gender of a person's full name by its first word, if the list knows it. */
  static Optional<PersonGenders.Gender> of(String fullName) {
    String[] words = fullName.strip().split("\\s+");
    if (words.length < 2) {
      return Optional.empty(); // a lone name may be a surname
    }
    return Optional.ofNullable(BY_NAME.get(words[0].toLowerCase(Locale.ROOT)));
  }

  /** Whether the list knows the word as a first name, of either gender. */
  static boolean isFirstName(String word) {
    return KNOWN.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, PersonGenders.Gender> read() {
    Map<String, PersonGenders.Gender> byName = new HashMap<>();
    Map<String, Boolean> ambiguous = new HashMap<>();
    for (String line : Gazetteer.lines(LIST)) {
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        continue;
      }
      PersonGenders.Gender g =
          switch (cells[1].strip()) {
            case "MALE" -> PersonGenders.Gender.MASCULINE;
            case "FEMALE" -> PersonGenders.Gender.FEMININE;
            default -> null;
          };
      if (g == null) {
        continue;
      }
      PersonGenders.Gender before = byName.putIfAbsent(cells[0].strip(), g);
      if (before != null && before != g) {
        ambiguous.put(cells[0].strip(), true);
      }
    }
    ambiguous.keySet().forEach(byName::remove);
    return Map.copyOf(byName);
  }

  private static Set<String> readNames() {
    Set<String> names = new HashSet<>();
    for (String line : Gazetteer.lines(LIST)) {
      String[] cells = line.split("\t");
      if (cells.length == 2) {
        names.add(cells[0].strip());
      }
    }
    return Set.copyOf(names);
  }
}
