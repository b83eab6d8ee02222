package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * General name resources shipped in CoreNLP's models jar, read once per process (well under a
 * second): countries and their other names ({@code dcoref/countries}: "U.S.", "USA", "United
 * States of America" are "United States"), demonyms ({@code dcoref/demonyms.txt}: "Russian" is
 * Russia), US states and their abbreviations, and the usual casing of words ({@code
 * truecase/MixDisambiguation.list}: "nato" is "NATO"). None of it is tuned to any article.
 */
final class Gazetteer {
  private static final String MODELS = "edu/stanford/nlp/models/";
  private static final Gazetteer INSTANCE = new Gazetteer();

  /** Other names of a country, and the country itself, to its canonical name. */
  private final Map<String, String> countryByName = new HashMap<>();

  /** "Russian", "Russians" → "Russia", when the demonym names one country only. */
  private final Map<String, String> countryByDemonym = new HashMap<>();
  /** "English" → "England": the place the demonym list gives, country or not, when only one. */
  private final Map<String, String> placeByDemonym = new HashMap<>();

  private final Map<String, String> stateByName = new HashMap<>();
  private final Map<String, String> casing = new HashMap<>();

  static Gazetteer get() {
    return INSTANCE;
  }

  private Gazetteer() {
    Set<String> placesWithOwnDemonym = new HashSet<>();
    List<String[]> demonymRows = new ArrayList<>();
    for (String line : lines(MODELS + "dcoref/demonyms.txt")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t");
      demonymRows.add(cells);
      placesWithOwnDemonym.add(cleanPlace(cells[0]));
    }
    readCountries(placesWithOwnDemonym);
    readDemonyms(demonymRows);
    for (String line : lines(MODELS + "dcoref/statesandprovinces")) {
      if (!line.isBlank()) {
        stateByName.put(line.strip(), line.strip());
      }
    }
    for (String line : lines(MODELS + "dcoref/state-abbreviations.txt")) {
      String[] cells = line.split("\t");
      for (String cell : cells) {
        if (!cell.isBlank()) {
          stateByName.put(cell.strip(), cells[0].strip());
        }
      }
    }
    for (String line : lines(MODELS + "truecase/MixDisambiguation.list")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        casing.put(line.substring(0, tab), line.substring(tab + 1).strip());
      }
    }
  }

  /**
   * Numbered lines are countries; a "000" line is another name of the country above it. Entries
   * numbered 0 ("America") are regions, not states, and another name that the demonym list
   * treats as a place of its own ("England", under "United Kingdom") is not folded into the
   * country.
   */
  private void readCountries(Set<String> placesWithOwnDemonym) {
    String current = null;
    for (String line : lines(MODELS + "dcoref/countries")) {
      String[] cells = line.split("\t");
      if (cells.length < 2 || cells[1].isBlank()) {
        continue;
      }
      String id = cells[0].strip();
      String name = cells[1].strip();
      if (id.equals("000")) {
        if (current != null && !placesWithOwnDemonym.contains(name)) {
          countryByName.putIfAbsent(name, current);
        }
      } else if (id.equals("0")) {
        current = null;
      } else {
        current = name;
        countryByName.put(name, name);
      }
    }
  }

  private void readDemonyms(List<String[]> rows) {
    Map<String, Set<String>> countries = new HashMap<>();
    Map<String, Set<String>> places = new HashMap<>();
    for (String[] cells : rows) {
      String place = cleanPlace(cells[0]);
      String country = countryByName.get(place);
      for (int i = 1; i < cells.length; i++) {
        String demonym = cells[i].strip();
        if (!demonym.isEmpty()) {
          Set<String> set = countries.computeIfAbsent(demonym, d -> new LinkedHashSet<>());
          if (country != null) {
            set.add(country);
          }
          places.computeIfAbsent(demonym, d -> new LinkedHashSet<>()).add(place);
        }
      }
    }
    onlyOne(countries, countryByDemonym);
    onlyOne(places, placeByDemonym);
  }

  private static void onlyOne(Map<String, Set<String>> candidates, Map<String, String> out) {
    candidates.forEach(
        (demonym, set) -> {
          if (set.size() == 1) {
            out.put(demonym, set.iterator().next());
          }
        });
  }

  private static String cleanPlace(String cell) {
    return cell.strip().replaceFirst("(?<=[a-z])\\.$", "");
  }

  /** The canonical name of the country this name (exact case) stands for. */
  Optional<String> country(String name) {
    return Optional.ofNullable(countryByName.get(name.strip()));
  }

  /** The one country a demonym ("Russian") refers to, if only one. */
  Optional<String> countryOfDemonym(String word) {
    return Optional.ofNullable(countryByDemonym.get(word.strip()));
  }

  /**
   * The one place the demonym list gives for a demonym, a country or not ("English": England,
   * which the country list folds into the United Kingdom).
   */
  Optional<String> placeOfDemonym(String word) {
    return Optional.ofNullable(placeByDemonym.get(word.strip()));
  }

  /** The US state a name or abbreviation ("Calif.", "CA") stands for. */
  Optional<String> state(String name) {
    return Optional.ofNullable(stateByName.get(name.strip()));
  }

  /** The usual casing of a word written in mixed case, from CoreNLP's truecaser list. */
  Optional<String> usualCasing(String word) {
    return Optional.ofNullable(casing.get(word.toLowerCase(Locale.ROOT)));
  }

  static List<String> lines(String resource) {
    ClassLoader loader = Gazetteer.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "CoreNLP models resource " + resource + " is not on the classpath");
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
