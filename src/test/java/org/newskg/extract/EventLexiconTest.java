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
  void anExecutionAndASuicideAreDeaths() {
    assertThat(EventLexicon.key("execute")).isEqualTo(EventLexicon.key("die"));
    assertThat(EventLexicon.key("execution")).isEqualTo(EventLexicon.key("die"));
    assertThat(EventLexicon.key("suicide")).isEqualTo(EventLexicon.key("kill"));
    // other ways of dying keep their own key: a shooting need not kill
    assertThat(EventLexicon.key("shoot")).isNotEqualTo(EventLexicon.key("die"));
  }

  @Test
  void devastatingIsDestroying() {
    assertThat(EventLexicon.key("devastate")).isEqualTo(EventLexicon.key("destroy"));
    assertThat(EventLexicon.key("damage")).isNotEqualTo(EventLexicon.key("destroy"));
  }

  @Test
  void aDrinkDrivingChargeNamesTheDriving() {
    assertThat(EventLexicon.key("DUI")).isEqualTo(EventLexicon.key("driving"));
    assertThat(EventLexicon.key("dui")).isNotEqualTo(EventLexicon.key("arrest"));
    assertThat(EventLexicon.key("dwi")).isEqualTo(EventLexicon.key("drive"));
  }

  @Test
  void anAccidentIsTheCrashAndNegotiationsAreTalks() {
    assertThat(EventLexicon.key("accident")).isEqualTo(EventLexicon.key("crash"));
    assertThat(EventLexicon.key("negotiation")).isEqualTo(EventLexicon.key("talk"));
    assertThat(EventLexicon.key("negotiate")).isEqualTo(EventLexicon.key("discussion"));
  }

  @Test
  void outcomeAdjectivesMeetTheirVerbThroughItsSense() {
    assertThat(EventLexicon.keys("injured")).containsAnyElementsOf(EventLexicon.keys("injure"));
    assertThat(EventLexicon.keys("wounded")).containsAnyElementsOf(EventLexicon.keys("injure"));
  }

  @Test
  void nounsWordNetDerivesFromAVerbShareTheVerbsKey() {
    assertThat(EventLexicon.key("collision")).isEqualTo(EventLexicon.key("collide"));
    assertThat(EventLexicon.key("robbery")).isEqualTo(EventLexicon.key("rob"));
    assertThat(EventLexicon.key("death")).isEqualTo(EventLexicon.key("die"));
    assertThat(EventLexicon.key("explosion")).isEqualTo(EventLexicon.key("explode"));
    // where suffixes alone would not: "admiss" and "admit"
    assertThat(EventLexicon.key("admission")).isEqualTo(EventLexicon.key("admit"));
    // a word WordNet does not know keeps its stem
    assertThat(EventLexicon.key("blorfing")).isEqualTo("blorf");
  }

  @Test
  void wordsWhoseFirstSenseIsOneSynsetMeet() {
    assertThat(EventLexicon.keys("put")).containsAnyElementsOf(EventLexicon.keys("place"));
    assertThat(EventLexicon.keys("spark")).containsAnyElementsOf(EventLexicon.keys("trigger"));
    assertThat(EventLexicon.keys("mend")).containsAnyElementsOf(EventLexicon.keys("repair"));
    assertThat(EventLexicon.keys("fix")).containsAnyElementsOf(EventLexicon.keys("repair"));
  }

  @Test
  void rarerSensesDoNotJoinDifferentActs() {
    // "fire" and "sack" share only the sense "dismiss", first for neither
    assertThat(EventLexicon.keys("fire")).doesNotContainAnyElementsOf(EventLexicon.keys("sack"));
    // "issue" and "release" share a second sense only
    assertThat(EventLexicon.keys("issue"))
        .doesNotContainAnyElementsOf(EventLexicon.keys("release"));
    assertThat(EventLexicon.keys("arrest")).doesNotContainAnyElementsOf(EventLexicon.keys("kill"));
  }

  @Test
  void everyKeySetHoldsTheStem() {
    assertThat(EventLexicon.keys("evacuation")).contains(EventLexicon.key("evacuate"));
    assertThat(EventLexicon.keys("blorfing")).containsExactly("blorf");
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
    assertThat(EventLexicon.keys("shot")).containsAnyElementsOf(EventLexicon.keys("shooting"));
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

  @Test
  void verbsOfSayingAndOfStateNeedASharedAgentButOtherActsDoNot() {
    assertThat(ArticleExtractor.needsSharedAgent("say")).isTrue();
    assertThat(ArticleExtractor.needsSharedAgent("become")).isTrue();
    assertThat(ArticleExtractor.needsSharedAgent("need")).isTrue();
    assertThat(ArticleExtractor.needsSharedAgent("arrest")).isFalse();
    assertThat(ArticleExtractor.needsSharedAgent("collapse")).isFalse();
  }
}
