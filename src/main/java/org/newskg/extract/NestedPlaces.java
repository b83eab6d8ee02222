package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * Places named inside an organization's name: "Texas" in "University of Texas Arlington", "U.S."
 * in "U.S. Department of Agriculture", "Irving" in "Irving Police Department" (when the article
 * names Irving as a place), "LA" in "the LA Sheriff's office" (when the article names Los
 * Angeles). The organization stays one mention; the place gets a mention of its own inside it, so
 * that a reader who asks which articles speak of Texas finds the one that names only its
 * university, and the organization's name stays linked to the place it is of.
 *
 * <p>A part of the name is a place when it is the name of a place the article itself names, or
 * the initials of the one such place of two words or more (in capitals), or a country, or a US
 * state written in full (not an abbreviation: "LA" is too often Los Angeles to be Louisiana). Like
 * credits, these are added after statements and events, which never see them: the name of an
 * organization says where it is from, not that the place said or did anything.
 */
final class NestedPlaces {
  private NestedPlaces() {}

  /** One place or person found inside a name: its key, canonical spelling, type and kind. */
  private record Place(String key, String display, EntityType type, PlaceKind kind) {
    Place(String key, String display, PlaceKind kind) {
      this(key, display, EntityType.PLACE, kind);
    }
  }

  /** The entities with the places inside organizations' names added. */
  static List<Entity> add(Analysis analysis, List<Entity> entities) {
    Map<String, Entity> places = new LinkedHashMap<>();
    Set<Span> taken = MentionSpans.spansOf(entities);
    for (Entity e : entities) {
      if (e.type() == EntityType.PLACE) {
        places.putIfAbsent(e.key(), e);
        for (String alternate : e.alternateNames()) {
          places.putIfAbsent(EntityNames.keyOf(alternate, EntityType.PLACE, e.placeKind()), e);
        }
      }
    }
    Set<String> people = new LinkedHashSet<>();
    entities.stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> people.add(e.key()));
    Map<String, Place> found = new LinkedHashMap<>();
    Map<String, List<EntityMention>> nested = new LinkedHashMap<>();
    for (MentionSpans.OrganizationName name : outerNames(entities)) {
      List<Span> chosen = new ArrayList<>();
      for (Span inner : innerSpans(analysis, name.mention().span())) {
        if (taken.contains(inner) || chosen.stream().anyMatch(inner::overlaps)) {
          continue;
        }
        String surface = inner.of(analysis.text());
        Optional<Place> place =
            placeNamed(surface, places, name.organization().key(), !unknownBefore(analysis, name.mention().span(), inner, chosen))
                .or(() -> personNamed(surface, people));
        if (place.isPresent()) {
          found.putIfAbsent(place.get().key(), place.get());
          nested
              .computeIfAbsent(place.get().key(), k -> new ArrayList<>())
              .add(new EntityMention(inner, inner.of(analysis.text()), MentionKind.PROPER));
          taken.add(inner);
          chosen.add(inner);
        }
      }
    }
    return LateMentions.add(
        entities,
        nested,
        key -> found.containsKey(key) ? found.get(key).type() : null,
        (key, mentions) -> {
          Place p = found.get(key);
          return new Entity(key, p.type(), p.kind(), p.display(), List.of(), mentions, List.of());
        });
  }

  /**
   * The organizations' names, and the places' names that are no place of their own by the evidence
   * below: "Metro Leeds", "Martin Luther King Memorial Station", but not "Kansas City" (a city
   * WordNet knows, not Kansas) or "New Mexico" (a state, not Mexico).
   */
  private static List<MentionSpans.OrganizationName> outerNames(List<Entity> entities) {
    List<MentionSpans.OrganizationName> out = new ArrayList<>(MentionSpans.organizationNames(entities));
    for (Entity e : entities) {
      if (e.type() == EntityType.PLACE) {
        e.mentions().stream()
            .filter(m -> m.kind() == MentionKind.PROPER)
            .filter(m -> placeNamed(m.text(), Map.of(), "", true).isEmpty())
            .forEach(m -> out.add(new MentionSpans.OrganizationName(e, m)));
      }
    }
    return out;
  }

  /**
   * Whether the word before the part, inside the name, is a capitalised word WordNet does not know
   * and no place found: then the part ends a longer name ("York" of "Novo York Arena", a
   * place other than York), and WordNet's reading of it alone is not to be trusted.
   */
  private static boolean unknownBefore(
      Analysis analysis, Span outer, Span inner, List<Span> chosen) {
    Token before = null;
    for (Token t : analysis.tokens()) {
      if (t.end() <= inner.begin()) {
        before = t;
      }
    }
    if (before == null || before.begin() < outer.begin() || !MentionSpans.startsUpper(before)) {
      return false;
    }
    Span b = new Span(before.begin(), before.end());
    return chosen.stream().noneMatch(b::overlaps)
        && ProperNouns.isUnknown(before.word());
  }

  /**
   * The person a part of a name of two words or more names: a person the article names, or one
   * WordNet knows by that name ("Martin Luther King" in "Martin Luther King Memorial Hall"). One word
   * alone is too often a place or a firm named after someone ("Ford", "Lincoln").
   */
  private static Optional<Place> personNamed(String surface, Set<String> people) {
    if (!surface.contains(" ")) {
      return Optional.empty();
    }
    String display = EntityNames.display(Names.bare(surface), EntityType.PERSON, PlaceKind.NONE);
    String key = EntityNames.key(display);
    return people.contains(key) || ProperNouns.isPerson(surface)
        ? Optional.of(new Place(key, display, EntityType.PERSON, PlaceKind.NONE))
        : Optional.empty();
  }

  /**
   * The runs of tokens inside a name that could name a place, longest first: every run of one to
   * four tokens shorter than the name, starting and ending with a capital letter.
   */
  private static List<Span> innerSpans(Analysis analysis, Span outer) {
    List<Token> tokens = MentionSpans.tokensIn(analysis, outer);
    List<Span> out = new ArrayList<>();
    for (int length = Math.min(4, tokens.size() - 1); length >= 1; length--) {
      for (int i = 0; i + length <= tokens.size(); i++) {
        Token first = tokens.get(i);
        Token last = tokens.get(i + length - 1);
        if (!MentionSpans.startsUpper(first) || !MentionSpans.startsUpper(last)) {
          continue;
        }
        out.add(new Span(first.begin(), last.end()));
      }
    }
    return out;
  }


  /** The place a part of a name names, unless it is the organization itself. */
  private static Optional<Place> placeNamed(
      String surface, Map<String, Entity> places, String outerKey, boolean byWordNet) {
    String key = EntityNames.keyOf(surface, EntityType.PLACE, PlaceKind.NONE);
    Entity own = places.get(key);
    if (own == null && surface.matches("\\p{Lu}{2,4}")) {
      own = initialsOf(surface, places);
    }
    if (own != null) {
      return own.key().equals(outerKey)
          ? Optional.empty()
          : Optional.of(new Place(own.key(), own.canonicalName(), own.placeKind()));
    }
    Gazetteer g = Gazetteer.get();
    Optional<String> country =
        g.country(surface).or(() -> g.country(EntityNames.undotted(surface)));
    if (country.isPresent()) {
      String name = country.get();
      return Optional.of(new Place(EntityNames.key(name), name, PlaceKind.COUNTRY));
    }
    boolean written = !surface.equals(surface.toUpperCase(Locale.ROOT)) && !surface.contains(".");
    Optional<Place> state =
        g.state(surface)
            .filter(s -> written)
            .map(s -> new Place(EntityNames.key(s), s, PlaceKind.STATE));
    if (state.isPresent() || !written) {
      return state;
    }
    // a place WordNet knows by name, a city mostly ("Sheffield" in "University of Sheffield")
    if (!byWordNet || !ProperNouns.isDistrict(surface)) {
      return Optional.empty();
    }
    String display = EntityNames.display(Names.bare(surface), EntityType.PLACE, PlaceKind.NONE);
    return Optional.of(new Place(EntityNames.key(display), display, PlaceKind.NONE));
  }

  /** The one place of the article whose name of two words or more has these initials. */
  private static Entity initialsOf(String acronym, Map<String, Entity> places) {
    Entity one = null;
    for (Entity p : new LinkedHashSet<>(places.values())) {
      if (EntityNames.initialsOf(p.canonicalName()).contains(acronym)) {
        if (one != null) {
          return null;
        }
        one = p;
      }
    }
    return one;
  }
}
