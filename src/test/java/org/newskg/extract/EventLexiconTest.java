package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventLexiconTest {
  @Test
  void closeSynonymsOfOneActShareAKey() {
    assertThat(EventLexicon.key("detain")).isEqualTo(EventLexicon.key("arrest"));
    assertThat(EventLexicon.key("apprehend")).isEqualTo(EventLexicon.key("arrest"));
    assertThat(EventLexicon.key("escape")).isEqualTo(EventLexicon.key("flee"));
    assertThat(EventLexicon.key("thwart")).isEqualTo(EventLexicon.key("foil"));
    assertThat(EventLexicon.key("defeat")).isEqualTo(EventLexicon.key("win"));
  }

  @Test
  void aKillingAndTheDeathItCausesShareAKey() {
    assertThat(EventLexicon.key("kill")).isEqualTo(EventLexicon.key("die"));
    assertThat(EventLexicon.key("death")).isEqualTo(EventLexicon.key("slay"));
    assertThat(EventLexicon.key("murder")).isEqualTo(EventLexicon.key("dead"));
  }

  @Test
  void outcomeAdjectivesShareTheKeyOfTheirVerb() {
    assertThat(EventLexicon.key("injured")).isEqualTo(EventLexicon.key("injure"));
    assertThat(EventLexicon.key("wounded")).isEqualTo(EventLexicon.key("injure"));
  }

  @Test
  void nounsInAgeShareTheKeyOfTheirVerb() {
    assertThat(EventLexicon.key("stoppage")).isEqualTo(EventLexicon.key("stop"));
    assertThat(EventLexicon.key("blockage")).isEqualTo(EventLexicon.key("block"));
    assertThat(EventLexicon.key("damage")).isEqualTo("damag");
  }

  @Test
  void nounsOfCrimesAndCourtsAreEventNouns() {
    assertThat(EventLexicon.isEventNoun("manslaughter")).isTrue();
    assertThat(EventLexicon.isEventNoun("arraignment")).isTrue();
    // "arrested on suspicion of DUI after an assault"
    assertThat(EventLexicon.isEventNoun("suspicion")).isTrue();
    assertThat(EventLexicon.isEventNoun("DUI")).isTrue();
    assertThat(EventLexicon.isEventNoun("assault")).isTrue();
    assertThat(EventLexicon.key("shot")).isEqualTo(EventLexicon.key("shooting"));
    assertThat(EventLexicon.isEventNoun("gun")).isFalse();
  }

  @Test
  void differentActsKeepDifferentKeys() {
    assertThat(EventLexicon.key("arrest")).isNotEqualTo(EventLexicon.key("kill"));
    assertThat(EventLexicon.key("win")).isNotEqualTo(EventLexicon.key("lose"));
    assertThat(EventLexicon.key("meet")).isNotEqualTo(EventLexicon.key("strike"));
  }

  @Test
  void aBlazeIsAFireButArsonIsTheCrimeOfSettingOne() {
    assertThat(EventLexicon.key("blaze")).isEqualTo(EventLexicon.key("fire"));
    assertThat(EventLexicon.key("arson")).isNotEqualTo(EventLexicon.key("fire"));
  }
}
