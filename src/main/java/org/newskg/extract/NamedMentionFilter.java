package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

/**
 * Picks the NER mentions that name people, organizations and places in the article itself: not
 * pronouns (coreference handles those), not words inside credits, bylines or page furniture.
 */
final class NamedMentionFilter {

  /**
   * A kept NER mention with the type newskg gives it, its bare surface ("the Kremlin's" →
   * "Kremlin") and its canonical spelling ({@link EntityNames}). A stand-in is a mention of a
   * country that is not one of its names: a demonym ("Russian" in "Russian Foreign Minister"), or
   * a seat of government used for the government ("the Kremlin said"), whose own key is {@code
   * literalKey}.
   */
  record Named(
      NamedEntity entity,
      EntityType type,
      PlaceKind placeKind,
      String bareName,
      String display,
      boolean standIn,
      String literalKey) {
    Named(NamedEntity entity, EntityType type, PlaceKind placeKind, String bareName) {
      this(
          entity,
          type,
          placeKind,
          bareName,
          EntityNames.display(bareName, type, placeKind),
          false,
          "");
    }

    String key() {
      return EntityNames.key(display);
    }

    int words() {
      return display.split("[\\s]+").length;
    }
  }

  List<Named> select(Analysis analysis, List<Zone> zones) {
    List<Named> out = new ArrayList<>();
    PlaceNamedSurnames surnames = new PlaceNamedSurnames(analysis);
    OrganizationTaggedPersons persons = new OrganizationTaggedPersons(analysis);
    for (NamedEntity found : SplitPlaceNames.join(analysis, analysis.entities())) {
      NamedEntity ne = withinOneLine(analysis, found);
      boolean person = surnames.isSurname(analysis, ne) || persons.isPerson(analysis, ne);
      Optional<EntityType> type =
          person
              ? Optional.of(EntityType.PERSON)
              : Religions.isBodyName(analysis, ne)
                  ? Optional.of(EntityType.ORGANIZATION)
                  : FacilityNames.isFacility(analysis, ne)
                      ? Optional.of(EntityType.PLACE)
                      : typeOf(ne.type());
      if (type.isEmpty()
          || isPronoun(analysis, ne)
          || inExcludedZone(ne, zones)
          || PostNominals.isPostNominal(analysis, ne)) {
        continue;
      }
      String bare = Names.bare(ne.text());
      if (Names.key(bare).isEmpty()) {
        continue;
      }
      Named n = new Named(ne, type.get(), person ? PlaceKind.NONE : placeKindOf(ne.type()), bare);
      if (n.key().isEmpty()) {
        continue;
      }
      Optional<String> government =
          person ? Optional.empty() : Metonymy.governmentOf(analysis, ne, n.display());
      if (government.isPresent()) {
        n =
            new Named(
                ne, EntityType.PLACE, PlaceKind.COUNTRY, bare, government.get(), true, n.key());
      }
      out.add(n);
    }
    return NationalTeams.apply(analysis, out);
  }

  /** A name never runs over a line break: NER sometimes joins a name to the next line's word. */
  static NamedEntity withinOneLine(Analysis analysis, NamedEntity ne) {
    for (int t = ne.firstToken() + 1; t < ne.endToken(); t++) {
      int gapStart = analysis.token(t - 1).end();
      if (analysis.text().substring(gapStart, analysis.token(t).begin()).indexOf('\n') >= 0) {
        int end = analysis.token(t - 1).end();
        return new NamedEntity(
            ne.firstToken(), t, ne.begin(), end, analysis.text().substring(ne.begin(), end), ne.type(), ne.normalized());
      }
    }
    return ne;
  }

  static Optional<EntityType> typeOf(String nerType) {
    return switch (nerType) {
      case "PERSON" -> Optional.of(EntityType.PERSON);
      case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> Optional.of(EntityType.PLACE);
      default -> Optional.empty();
    };
  }

  private static PlaceKind placeKindOf(String nerType) {
    return switch (nerType) {
      case "COUNTRY" -> PlaceKind.COUNTRY;
      case "CITY" -> PlaceKind.CITY;
      case "STATE_OR_PROVINCE" -> PlaceKind.STATE;
      default -> PlaceKind.NONE;
    };
  }

  private static boolean isPronoun(Analysis analysis, NamedEntity ne) {
    for (int t = ne.firstToken(); t < ne.endToken(); t++) {
      if (!analysis.token(t).pos().startsWith("PRP") && !analysis.token(t).pos().startsWith("WP")) {
        return false;
      }
    }
    return true;
  }

  /** Credits, bylines and page furniture name photographers and authors, not the news. */
  static boolean inExcludedZone(NamedEntity ne, List<Zone> zones) {
    Span span = new Span(ne.begin(), ne.end());
    for (Zone z : zones) {
      if (z.kind() != ZoneKind.CAPTION && z.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }
}
