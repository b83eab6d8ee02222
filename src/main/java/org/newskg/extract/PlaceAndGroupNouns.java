package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Common nouns that name an organization ("the government", "the company") or a place ("the
 * city", "the hospital") when they head a description: a short closed list of general English
 * nouns, since CoreNLP ships no such lexicon. Nouns of both kinds ("church", "school") and nouns
 * whose sense depends on the sentence ("state", "house") are left out.
 */
final class PlaceAndGroupNouns {
  private static final Set<String> ORGANIZATION =
      Set.of(
          "government", "administration", "company", "firm", "corporation", "agency", "ministry",
          "department", "council", "committee", "commission", "parliament", "congress", "senate",
          "party", "army", "military", "navy", "union", "team", "club", "organization",
          "organisation", "band", "court", "police");
  private static final Set<String> PLACE =
      Set.of(
          "country", "nation", "city", "town", "village", "capital", "region", "province", "island",
          "neighborhood", "neighbourhood", "district", "home", "building", "hotel", "hospital",
          "prison", "jail", "store", "shop", "restaurant", "factory", "station", "airport",
          "stadium", "office", "street", "facility", "clinic", "apartment");

  private PlaceAndGroupNouns() {}

  /**
   * Whether a noun names an organization: "police" too, which the animacy lists call a person,
   * since "police said" is the force speaking, as "the company said" is the company.
   */
  static boolean isOrganization(String lemma) {
    return ORGANIZATION.contains(lemma.toLowerCase(Locale.ROOT));
  }

  static Optional<EntityType> typeOf(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (ORGANIZATION.contains(l)) {
      return Optional.of(EntityType.ORGANIZATION);
    }
    return PLACE.contains(l) ? Optional.of(EntityType.PLACE) : Optional.empty();
  }
}
