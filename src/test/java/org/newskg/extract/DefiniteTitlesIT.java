package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newskg.testsupport.Extractions;

/** "The president" for the one president the article named, on text written for this test. */
class DefiniteTitlesIT {
  private static final LocalDate MONDAY = LocalDate.of(2023, 3, 6);

  @Test
  void theTitleAloneIsTheOnePersonNamedWithIt() {
    ArticleExtraction x =
        Extractions.of(
            "President Ana Ruiz opened the new bridge in Lima on Monday.\n"
                + "Critics had opposed the project for years, calling it too costly.\n"
                + "The President later thanked the builders at a dinner.\n",
            MONDAY);
    assertThat(MentionTexts.of(x.entities(), "ana-ruiz")).contains("The President");
  }

  @Test
  void theTitleOfTwoNamedPersonsIsNeither() {
    ArticleExtraction x =
        Extractions.of(
            "President Ana Ruiz met President Tom Blake in Lima on Monday.\n"
                + "Critics had opposed the meeting for years, calling it pointless.\n"
                + "The President later thanked the hosts at a dinner.\n",
            MONDAY);
    assertThat(MentionTexts.of(x.entities(), "ana-ruiz")).doesNotContain("The President");
    assertThat(MentionTexts.of(x.entities(), "tom-blake")).doesNotContain("The President");
  }
}
