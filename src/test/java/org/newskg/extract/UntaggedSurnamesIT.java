package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testsupport.Extractions;

/** Untagged surnames before common nouns, on text written for this test, with the real CoreNLP. */
class UntaggedSurnamesIT {
  private static final LocalDate MONDAY = LocalDate.of(2023, 3, 6);

  private static List<String> mentionsOf(ArticleExtraction x, String key) {
    return MentionTexts.of(x.entities(), key);
  }

  @Test
  void aSurnameBeforeACommonNounIsAMentionOfTheOnePersonOfThatName() {
    ArticleExtraction x =
        Extractions.of(
            "The actor Tom Frost posted a short video on Monday.\n"
                + "Fans shared the Frost video thousands of times, and critics praised the Frost"
                + " interview.\n",
            MONDAY);
    assertThat(mentionsOf(x, "tom-frost")).containsSubsequence("Tom Frost", "Frost", "Frost");
  }

  @Test
  void aSurnameOfTwoPeopleIsNoOnes() {
    ArticleExtraction x =
        Extractions.of(
            "The actors Tom Frost and Lisa Frost posted a short video on Monday.\n"
                + "Fans shared the Frost video thousands of times.\n",
            MONDAY);
    assertThat(mentionsOf(x, "tom-frost")).containsExactly("Tom Frost");
    assertThat(mentionsOf(x, "lisa-frost")).containsExactly("Lisa Frost");
  }
}
