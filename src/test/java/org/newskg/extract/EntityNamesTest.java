package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityNamesTest {
  private static String place(String name) {
    return EntityNames.display(name, EntityType.PLACE, PlaceKind.COUNTRY);
  }

  @Test
  void countriesTakeTheirGazetteerNameWhateverTheSpelling() {
    assertThat(place("U.S.")).isEqualTo("United States");
    assertThat(place("US")).isEqualTo("United States");
    assertThat(place("USA")).isEqualTo("United States");
    assertThat(place("United States of America")).isEqualTo("United States");
    assertThat(place("Russia")).isEqualTo("Russia");
    assertThat(place("U.K.")).isEqualTo("United Kingdom");
    assertThat(place("U.S")).isEqualTo("United States"); // its last dot ended the sentence
  }

  @Test
  void aPartOfACountryWithItsOwnDemonymIsNotFoldedIntoIt() {
    assertThat(place("England")).isEqualTo("England");
  }

  @Test
  void usStatesTakeTheirNameFromAbbreviations() {
    assertThat(EntityNames.display("Calif.", EntityType.PLACE, PlaceKind.STATE))
        .isEqualTo("California");
  }

  @Test
  void dottedAbbreviationsLoseTheirDotsAndAcronymsTheirLowerCase() {
    assertThat(EntityNames.display("U.N.", EntityType.ORGANIZATION, PlaceKind.NONE))
        .isEqualTo("UN");
    assertThat(EntityNames.display("Nato", EntityType.ORGANIZATION, PlaceKind.NONE))
        .isEqualTo("NATO");
    assertThat(EntityNames.display("U.N. Security Council", EntityType.ORGANIZATION, PlaceKind.NONE))
        .isEqualTo("UN Security Council");
    assertThat(EntityNames.display("L. Ron Hubbard", EntityType.PERSON, PlaceKind.NONE))
        .isEqualTo("L. Ron Hubbard");
  }

  @Test
  void personsLoseCourtesyTitlesButKeepTheirNameAsWritten() {
    assertThat(EntityNames.display("Mr. Tedeschi", EntityType.PERSON, PlaceKind.NONE))
        .isEqualTo("Tedeschi");
    assertThat(EntityNames.display("Linda Thomas-Greenfield", EntityType.PERSON, PlaceKind.NONE))
        .isEqualTo("Linda Thomas-Greenfield");
    assertThat(EntityNames.display("Dr.", EntityType.PERSON, PlaceKind.NONE)).isEqualTo("Dr.");
  }

  @Test
  void spellingVariantsOfOneNameShareOneKey() {
    assertThat(EntityNames.key(place("U.S."))).isEqualTo(EntityNames.key(place("United States")));
    assertThat(EntityNames.key(EntityNames.display("NATO", EntityType.ORGANIZATION, PlaceKind.NONE)))
        .isEqualTo("nato");
  }

  @Test
  void demonymsNameOneCountryOrNone() {
    assertThat(Gazetteer.get().countryOfDemonym("Russian")).contains("Russia");
    assertThat(Gazetteer.get().countryOfDemonym("American")).contains("United States");
    assertThat(Gazetteer.get().countryOfDemonym("Koreans")).isEmpty();
  }

  @Test
  void aPersonsNameIsNeverRecasedAsAnAcronym() {
    assertThat(EntityNames.display("Mira Okonjo", EntityType.PERSON, PlaceKind.NONE)).isEqualTo("Mira Okonjo");
    assertThat(EntityNames.display("Mira", EntityType.ORGANIZATION, PlaceKind.NONE)).isEqualTo("MIRA");
  }
}
