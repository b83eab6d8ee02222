package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testsupport.Extractions;

/** Organizations that begin other organizations' names, on text written for this test. */
class NestedOrganizationsIT {
  private static final LocalDate MONDAY = LocalDate.of(2023, 3, 6);

  private static final String TEXT =
      "Toyota said on Tuesday that the Toyota Research Institute would open a laboratory in Ohio.\n"
          + "The Toyota Research Institute was founded in 2015, and the Acme Widget Company will"
          + " build its offices.\n"
          + "\"We are proud of the work,\" said Ana Ruiz, who leads the Bank of Ohio.\n";

  private static List<String> mentionsOf(ArticleExtraction x, String key) {
    return MentionTexts.of(x.entities(), key);
  }

  @Test
  void anOrganizationTheArticleNamesIsMentionedInsideTheNamesItBegins() {
    ArticleExtraction x = Extractions.of(TEXT, MONDAY);
    assertThat(mentionsOf(x, "toyota")).containsExactly("Toyota", "Toyota", "Toyota");
    // the longer name keeps its whole mentions, and none of the short name
    assertThat(mentionsOf(x, "toyota-research-institute"))
        .containsSubsequence("Toyota Research Institute", "Toyota Research Institute")
        .doesNotContain("Toyota");
    // a first word the article never names on its own is nothing
    assertThat(x.entities()).extracting(Entity::key).doesNotContain("acme");
  }
}
