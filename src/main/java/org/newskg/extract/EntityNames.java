package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical spelling of a name, the same whichever article it comes from: so that every
 * article that names an entity gives it the same key (IRI) and the same {@code schema:name}.
 * Countries and US states take their gazetteer name ("U.S.", "US", "USA" → "United States"),
 * dotted abbreviations lose their dots ("U.N." → "UN"), acronyms take their usual capitals ("Nato"
 * → "NATO"), a word in capitals that is usually not takes its usual casing ("OBAMA" → "Obama"), and
 * a person's name loses a courtesy title ("Mr.", "Dr."). Everything else is kept as written.
 */
public final class EntityNames {
  /** Courtesy and rank titles that are not part of a person's name when they lead it. */
  private static final Set<String> HONORIFICS =
      Set.of(
          "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "fr", "sen", "rep",
          "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "pres", "hon", "st");

  private EntityNames() {}

  /** The canonical spelling of a bare name (no leading article, no possessive). */
  static String display(String bare, EntityType type, PlaceKind kind) {
    String spaced =
        bare.replace('\u2019', '\'').replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    String s = type == EntityType.PERSON ? stripHonorifics(spaced) : spaced;
    Gazetteer g = Gazetteer.get();
    if (type == EntityType.PLACE) {
      Optional<String> country = g.country(s).or(() -> g.country(undot(s)));
      if (country.isPresent()) {
        return country.get();
      }
      if (kind == PlaceKind.STATE) {
        Optional<String> state = g.state(s);
        if (state.isPresent()) {
          return state.get();
        }
      }
    }
    return recase(undot(s), type == EntityType.PERSON);
  }

  /**
   * The key an article would give an entity it names only with {@code surface}: its canonical
   * spelling's key.
   */
  public static String keyOf(String surface, EntityType type, PlaceKind kind) {
    return key(display(Names.bare(surface), type, kind));
  }

  /** A name without the dots of its abbreviations: "U.N." → "UN". */
  public static String undotted(String name) {
    return undot(name);
  }

  /** The acronyms a name of two words or more gives: "Department of Homeland Security" → DHS. */
  public static Set<String> initialsOf(String name) {
    return NameJoins.initials(name);
  }

  /** The key of a canonical name: lower-case ASCII words joined by hyphens. */
  public static String key(String display) {
    return Names.key(display);
  }

  private static final java.util.regex.Pattern DOTTED =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}.])(?:(?:\\p{Lu}\\.){2,}|(?:\\p{Lu}\\.)+\\p{Lu}(?![\\p{L}.]))(?!\\p{L})");

  /**
   * "U.N." → "UN", "U.S" (a sentence's last dot taken by the full stop) → "US", "Washington D.C." →
   * "Washington DC"; "L. Ron Hubbard" is kept.
   */
  static String undot(String s) {
    return DOTTED.matcher(s).replaceAll(m -> m.group().replace(".", ""));
  }

  private static String stripHonorifics(String s) {
    String[] words = s.split(" ");
    int first = 0;
    while (first < words.length - 1
        && HONORIFICS.contains(words[first].replace(".", "").toLowerCase(Locale.ROOT))) {
      first++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
  }

  private static String recase(String s, boolean person) {
    List<String> out = new ArrayList<>();
    for (String word : s.split(" ")) {
      out.add(recaseWord(word, person));
    }
    return String.join(" ", out);
  }

  /** @param person a person's name, whose words are never acronyms ("Mira" is not "MIRA") */
  private static String recaseWord(String word, boolean person) {
    if (word.length() < 2 || !word.chars().anyMatch(Character::isLetter)) {
      return word;
    }
    Optional<String> usual = Gazetteer.get().usualCasing(word);
    if (usual.isEmpty() || !usual.get().equalsIgnoreCase(word)) {
      return word;
    }
    boolean usualCaps = usual.get().equals(usual.get().toUpperCase(Locale.ROOT));
    boolean wordCaps = word.equals(word.toUpperCase(Locale.ROOT));
    long letters = usual.get().chars().filter(Character::isLetter).count();
    if (usualCaps && letters >= 2 && letters <= 4 && !person) {
      return usual.get(); // "Nato" → "NATO"; longer words in capitals are often datelines
    }
    if (wordCaps && word.length() >= 4 && !usualCaps) {
      return usual.get(); // "OBAMA" → "Obama"
    }
    return word;
  }
}
