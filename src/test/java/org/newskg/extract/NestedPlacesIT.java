package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testsupport.Extractions;

/** Places inside organizations' names, on text written for this test, with the real CoreNLP. */
class NestedPlacesIT {
  private static final LocalDate MONDAY = LocalDate.of(2023, 3, 6);

  private static final String TEXT =
      "Researchers at the University of Nebraska studied the river near Omaha last year.\n"
          + "The Omaha Police Department and the Acme Widget Company paid for the work, and the"
          + " U.S. Department of Energy lent them two boats.\n"
          + "\"The river is cleaner than we thought,\" said Ana Ruiz, who led the team.\n";

  private static List<String> mentionsOf(ArticleExtraction x, String key) {
    return MentionTexts.of(x.entities(), key);
  }

  @Test
  void placesInsideOrganizationNamesAreMentionsOfThosePlaces() {
    ArticleExtraction x = Extractions.of(TEXT, MONDAY);
    // a state written in full, a city the article names on its own, a country's abbreviation
    assertThat(mentionsOf(x, "nebraska")).containsExactly("Nebraska");
    assertThat(mentionsOf(x, "omaha")).containsExactly("Omaha", "Omaha");
    assertThat(mentionsOf(x, "united-states")).containsExactly("U.S.");
    // the organization keeps its whole name as its mention
    assertThat(mentionsOf(x, "omaha-police-department")).contains("Omaha Police Department");
    // a word of a name that is no place the article or the gazetteers know is nothing
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.PLACE)
        .extracting(Entity::key)
        .doesNotContain("acme", "widget");
  }

  @Test
  void statementsAndEventsNeverSeeThem() {
    ArticleExtraction x = Extractions.of(TEXT, MONDAY);
    assertThat(x.events())
        .allSatisfy(
            e ->
                assertThat(e.participants())
                    .extracting(Participant::entityKey)
                    .doesNotContain("nebraska", "united-states"));
  }

  private static final String INSIDE_OTHER_NAMES =
      "Visitors filled the Boston Harbor Convention Center on Saturday, and the Leeds Metro"
          + " Museum lent a painting.\n"
          + "The Martin Luther King Foundation paid for the flights, which left from the Dover"
          + " Valley Airport.\n";

  @Test
  void citiesAndPeopleInsideOtherNamesAreMentionsOfTheirOwn() {
    ArticleExtraction x = Extractions.of(INSIDE_OTHER_NAMES, MONDAY);
    // cities WordNet knows, inside organizations' names and a place's name that names no place
    assertThat(mentionsOf(x, "boston")).containsExactly("Boston");
    assertThat(mentionsOf(x, "leeds")).containsExactly("Leeds");
    assertThat(mentionsOf(x, "dover")).containsExactly("Dover");
    // a person WordNet knows by a name of two words or more, inside an organization's name
    assertThat(mentionsOf(x, "martin-luther-king")).containsExactly("Martin Luther King");
    assertThat(x.entities())
        .filteredOn(e -> e.key().equals("martin-luther-king"))
        .extracting(Entity::type)
        .containsExactly(EntityType.PERSON);
  }
}
