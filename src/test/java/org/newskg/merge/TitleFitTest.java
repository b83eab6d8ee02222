package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;

class TitleFitTest {
  @Test
  void anAcronymFitsTheTitleItAbbreviates() {
    assertThat(TitleFit.fits(EntityType.PLACE, "United States", Set.of("US"), "United_States"))
        .isTrue();
    assertThat(TitleFit.fits(EntityType.ORGANIZATION, "IMU", Set.of("IMU"), "Ford")).isFalse();
  }

  @Test
  void aPersonNeedsFirstAndLastNameInTheTitle() {
    assertThat(
            TitleFit.fits(
                EntityType.PERSON, "Rosa Ventrell", Set.of("Rosa Ventrell"), "Rosa_Ventrell_(poet)"))
        .isTrue();
    assertThat(
            TitleFit.fits(EntityType.PERSON, "Rosa Ventrell", Set.of("Ventrell"), "Amos_Ventrell"))
        .isFalse();
    assertThat(TitleFit.fits(EntityType.PERSON, "Ventrell", Set.of("Ventrell"), "Amos_Ventrell"))
        .isFalse();
    // A name that repeats a word needs it twice in the title.
    assertThat(TitleFit.fits(EntityType.PERSON, "Amos Amos", Set.of("Amos Amos"), "Rosa_Amos"))
        .isFalse();
  }

  @Test
  void shortFormsAreWordsOfTheTitleOrItsWordsRunTogether() {
    assertThat(TitleFit.isShortFormOf("Ventrell", "Rosa_Ventrell_(poet)")).isTrue();
    assertThat(TitleFit.isShortFormOf("D.C.", "Washington,_D.C.")).isTrue();
    assertThat(TitleFit.isShortFormOf("DC", "Washington,_D.C.")).isTrue();
    assertThat(TitleFit.isShortFormOf("NWF", "Northern_Weavers_Federation")).isTrue();
    assertThat(TitleFit.isShortFormOf("Amos Ventrell", "Rosa_Ventrell")).isFalse();
    assertThat(TitleFit.isShortFormOf("Ventrell Ventrell", "Rosa_Ventrell")).isFalse();
    assertThat(TitleFit.isShortFormOf("Poet", "Rosa_Ventrell_(poet)")).isFalse();
    assertThat(TitleFit.isShortFormOf("W", "Washington,_D.C.")).isFalse();
    // the whole name of the title is no short form of it, whatever the qualifier
    assertThat(TitleFit.isShortFormOf("Tarnby", "Tarnby_(film)")).isFalse();
    assertThat(TitleFit.isShortFormOf("Rosa Ventrell", "Rosa_Ventrell")).isFalse();
    assertThat(TitleFit.spellsTitle("ROSA Ventrell", "Rosa_Ventrell_(poet)")).isTrue();
    assertThat(TitleFit.spellsTitle("Rosa", "Rosa_Ventrell")).isFalse();
  }
}
