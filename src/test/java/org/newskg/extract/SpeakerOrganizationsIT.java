package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.MentionKind;
import org.newskg.testsupport.Extractions;

/** A quote's "we" for the speaker's organization or team, on text written for this test. */
class SpeakerOrganizationsIT {
  private static final LocalDate MONDAY = LocalDate.of(2023, 3, 6);

  private static List<String> pronounsOf(ArticleExtraction x, String canonicalName) {
    return x.entities().stream()
        .filter(e -> e.canonicalName().equals(canonicalName))
        .flatMap(e -> e.mentions().stream())
        .filter(m -> m.kind() == MentionKind.PRONOMINAL)
        .map(EntityMention::text)
        .toList();
  }

  /** The mentions of the unnamed teams. */
  private static List<String> teamMentions(ArticleExtraction x) {
    return x.unnamedParticipants().stream()
        .filter(p -> p.headLemma().equals("team"))
        .flatMap(p -> p.mentions().stream())
        .map(EntityMention::text)
        .toList();
  }

  private static boolean anyoneHas(ArticleExtraction x, String word) {
    return x.entities().stream()
            .flatMap(e -> e.mentions().stream())
            .anyMatch(m -> m.text().equals(word))
        || x.unnamedParticipants().stream()
            .flatMap(p -> p.mentions().stream())
            .anyMatch(m -> m.text().equals(word));
  }

  @Test
  void aCaptainsWeIsTheNationalTeamOfTheCountryHisDemonymNames() {
    ArticleExtraction x =
        Extractions.of(
            "England defeated Norway 2 – 0 in Oslo on Sunday.\n"
                + "Norway had more of the ball, but England scored twice.\n"
                + "English captain Tom Blake was booked in the first half.\n"
                + "He later said, \"We were the better side, and our defence held.\"\n",
            MONDAY);
    assertThat(pronounsOf(x, "England national team")).contains("We", "our");
    assertThat(pronounsOf(x, "Tom Blake")).doesNotContain("We", "our");
  }

  @Test
  void aTeamMembersWeIsTheTeamTheArticleLastDescribed() {
    ArticleExtraction x =
        Extractions.of(
            "A robotics team from Lima arrived in Boston on Monday for a contest.\n"
                + "The team had trained for months.\n"
                + "\"We worked hard for this, and we are ready,\" team member Ana Ruiz told"
                + " reporters.\n",
            MONDAY);
    assertThat(teamMentions(x)).contains("We", "we");
  }

  @Test
  void aDefinitePossessorIsTheTeamTheArticleLastDescribed() {
    ArticleExtraction x =
        Extractions.of(
            "A robotics team from Lima arrived in Boston on Monday for a contest.\n"
                + "The team had trained for months.\n"
                + "Judges inspected the Peruvian team's robot on Tuesday.\n",
            MONDAY);
    assertThat(teamMentions(x)).contains("the Peruvian team's");
  }

  @Test
  void aSpeakerWithNoGroupKeepsHisWeOut() {
    ArticleExtraction x =
        Extractions.of(
            "Ana Ruiz, a teacher in Lima, spoke to reporters on Monday.\n"
                + "\"We were surprised by the storm,\" Ruiz said.\n",
            MONDAY);
    assertThat(anyoneHas(x, "We")).isFalse();
  }
}
