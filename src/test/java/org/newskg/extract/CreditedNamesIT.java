package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newskg.testsupport.Extractions;

/** Names in photo credits, on text written for this test, with the real CoreNLP. */
class CreditedNamesIT {
  private static final LocalDate MONDAY = LocalDate.of(2023, 3, 6);

  private static Entity entity(ArticleExtraction x, String key) {
    return x.entities().stream()
        .filter(e -> e.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + key + " in " + x.entities()));
  }

  @Test
  void creditedPeopleAreEntitiesButNeverSpeakers() {
    ArticleExtraction x =
        Extractions.of(
            "Mayor Ana Ruiz opened the new library in Toledo on Monday.\n"
                + "The mayor at the library. Image: Tomas Vidal.\n"
                + "\"It is a great day for the city,\" said Ruiz, who thanked the builders.\n"
                + "Readers at the opening. Image: Ana Ruiz.\n",
            MONDAY);
    Entity photographer = entity(x, "tomas-vidal");
    assertThat(photographer.type()).isEqualTo(EntityType.PERSON);
    assertThat(photographer.mentions()).extracting(EntityMention::text).containsExactly("Tomas Vidal");
    // a credit of a person the article names is one more mention of her
    assertThat(entity(x, "ana-ruiz").mentions())
        .extracting(EntityMention::text)
        .contains("Ana Ruiz", "Ruiz");
    assertThat(entity(x, "ana-ruiz").mentions()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(x.statements())
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.speaker().map(Object::toString).orElse(""))
                    .doesNotContain("tomas-vidal"));
    assertThat(x.events())
        .allSatisfy(
            e ->
                assertThat(e.participants()).extracting(Participant::entityKey).doesNotContain("tomas-vidal"));
  }
}
