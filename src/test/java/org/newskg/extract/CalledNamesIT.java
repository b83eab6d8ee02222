package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testsupport.Extractions;

/** Names introduced by "called", on text written for this test, with the real CoreNLP. */
class CalledNamesIT {
  private static final LocalDate MONDAY = LocalDate.of(2023, 3, 6);

  private static List<Entity> named(ArticleExtraction x, String name) {
    return x.entities().stream().filter(e -> e.canonicalName().equals(name)).toList();
  }

  @Test
  void aNameCalledAfterAGroupNounIsAnOrganizationWhereverTheArticleUsesIt() {
    ArticleExtraction x =
        Extractions.of(
            "Ana Ruiz left a small group within the church called the Ember Org last year.\n"
                + "Members of the Ember Org meet every week, she said.\n"
                + "The church also runs a device called the Tide Meter.\n",
            MONDAY);
    assertThat(named(x, "Ember Org"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
              assertThat(e.mentions())
                  .extracting(EntityMention::text)
                  .contains("Ember Org", "a small group");
              assertThat(e.mentions()).hasSizeGreaterThanOrEqualTo(2);
            });
    // a device is no organization or place: its name is left alone
    assertThat(named(x, "Tide Meter")).isEmpty();
    // the group the name introduces is no unnamed thing beside it
    assertThat(x.unnamedParticipants())
        .extracting(UnnamedParticipant::description)
        .doesNotContain("a small group");
  }
}
