package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;

/** Entities of one article, on sentences written for these tests, with the real CoreNLP. */
class EntityExtractorIT {
  private static List<Entity> entities(String text) {
    var analysis = NlpPipeline.shared(NlpSettings.DEFAULT).analyze(text, Optional.empty());
    return new EntityExtractor().extract(analysis, List.of());
  }

  private static Entity entity(List<Entity> entities, String key) {
    return entities.stream()
        .filter(e -> e.key().equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no entity " + key + " in " + entities.stream().map(Entity::key).toList()));
  }

  private static List<String> anchors(Entity e) {
    return e.mentions().stream().map(EntityMention::text).toList();
  }

  @Test
  void aTitledNameItsSurnameAndItsPronounsAreOnePerson() {
    List<Entity> es =
        entities("President Joe Biden spoke on Monday. Biden said he would not wait any longer.");
    Entity biden = entity(es, "joe-biden");
    assertThat(biden.canonicalName()).isEqualTo("Joe Biden");
    assertThat(anchors(biden)).contains("Joe Biden", "Biden", "he");
    assertThat(biden.mentions())
        .filteredOn(m -> m.text().equals("he"))
        .extracting(EntityMention::kind)
        .containsOnly(MentionKind.PRONOMINAL);
    assertThat(biden.roles()).extracting(Role::jobTitle).contains("President");
    assertThat(es).extracting(Entity::key).doesNotContain("biden", "president-joe-biden");
  }

  @Test
  void aSurnameSharedByTwoPeopleStaysOnItsOwn() {
    List<Entity> es =
        entities("Hunter Biden and Joe Biden arrived in Delaware on Friday. Biden waved.");
    assertThat(es).extracting(Entity::key).contains("hunter-biden", "joe-biden", "biden");
  }

  @Test
  void aNameWithAndWithoutItsMiddleNameIsOnePersonAndSoIsTheSurname() {
    List<Entity> es =
        entities(
            "Ana Maria Ruiz opened the bakery in 1998. Ana Ruiz still bakes every morning,"
                + " and Ruiz says she will never sell it.");
    Entity ruiz = entity(es, "ana-maria-ruiz");
    assertThat(anchors(ruiz)).contains("Ana Maria Ruiz", "Ana Ruiz", "Ruiz");
    assertThat(es).extracting(Entity::key).doesNotContain("ana-ruiz", "ruiz");
  }

  @Test
  void twoFullerNamesKeepTheShortOneApart() {
    List<Entity> es =
        entities(
            "Tom Lee Hart and his cousin Tom Ray Hart ran the farm. Tom Hart sold it in 2001.");
    assertThat(es).extracting(Entity::key).contains("tom-lee-hart", "tom-ray-hart", "tom-hart");
  }

  @Test
  void acronymsJoinTheirExpansionAndSpellingsOfACountryAreOne() {
    List<Entity> es =
        entities(
            "The North Atlantic Treaty Organization met in Brussels. NATO's chief said the"
                + " United Nations and the U.N. agencies would help. The U.S. and the United"
                + " States of America agreed, and US officials nodded.");
    assertThat(entity(es, "north-atlantic-treaty-organization").alternateNames()).contains("NATO");
    assertThat(entity(es, "united-nations").alternateNames()).contains("U.N.");
    Entity us = entity(es, "united-states");
    assertThat(us.canonicalName()).isEqualTo("United States");
    assertThat(anchors(us)).contains("U.S.", "US");
    assertThat(es).extracting(Entity::key).doesNotContain("nato", "un", "us");
  }

  @Test
  void rolesGiveJobTitleAndAffiliationWithADemonymAsItsCountry() {
    List<Entity> es =
        entities(
            "Russian Foreign Minister Sergei Lavrov met U.S. Ambassador to the United Nations"
                + " Linda Thomas-Greenfield in Geneva.");
    Entity lavrov = entity(es, "sergei-lavrov");
    assertThat(lavrov.roles())
        .extracting(r -> r.jobTitle() + "/" + r.affiliationKey().orElse(""))
        .contains("Foreign Minister/russia");
    assertThat(anchors(entity(es, "russia"))).containsExactly("Russian");
    assertThat(entity(es, "russia").alternateNames()).isEmpty();
    assertThat(entity(es, "linda-thomas-greenfield").roles())
        .extracting(r -> r.affiliationKey().orElse(""))
        .contains("united-nations", "united-states");
  }

  @Test
  void aSeatOfGovernmentThatActsIsItsCountryAndAPlaceItNamesStaysAPlace() {
    List<Entity> es =
        entities(
            "Kremlin spokesperson Dmitry Peskov spoke to reporters in Moscow on Tuesday. Moscow"
                + " rejected the proposal, and the Kremlin said talks were over.");
    Entity russia = entity(es, "russia");
    assertThat(anchors(russia)).contains("Kremlin", "Moscow");
    assertThat(russia.literalReferents().values()).contains("kremlin", "moscow");
    assertThat(anchors(entity(es, "moscow"))).containsExactly("Moscow"); // "in Moscow"
    assertThat(entity(es, "dmitry-peskov").roles())
        .extracting(r -> r.jobTitle() + "/" + r.affiliationKey().orElse(""))
        .contains("spokesperson/russia");
  }

  @Test
  void possessivesAndArticlesAreNotPartOfTheName() {
    List<Entity> es =
        entities("The Kremlin's response came late. Germany's chancellor waited in Berlin.");
    assertThat(es.stream().map(Entity::canonicalName).collect(Collectors.toSet()))
        .doesNotContain("Kremlin's", "the Kremlin", "Germany's");
  }

  @Test
  void appositionsAreMentionsOfTheNameTheyDescribe() {
    List<Entity> es =
        entities(
            "Ana Ruiz, a teacher from Toledo, won the award on Friday. The mayor, Tomas Vidal,"
                + " praised the school.");
    assertThat(anchors(entity(es, "ana-ruiz"))).contains("a teacher");
    assertThat(anchors(entity(es, "tomas-vidal"))).contains("The mayor");
  }

  @Test
  void relativeAndReflexivePronounsJoinTheirAntecedent() {
    List<Entity> es =
        entities(
            "Ana Ruiz, who founded the school in 1990, describes herself as a patient woman.");
    assertThat(anchors(entity(es, "ana-ruiz"))).contains("who", "herself");
  }

  @Test
  void aTitleDescriptionBesideAPersonsNameIsThatPerson() {
    List<Entity> es =
        entities(
            "After the hearing, the county's chief prosecutor Tomas Vidal said the case was"
                + " closed. In the words of the defence lawyer, Ana Ruiz, \"it was a fair trial.\"");
    assertThat(anchors(entity(es, "tomas-vidal"))).contains("the county's chief prosecutor");
    assertThat(anchors(entity(es, "ana-ruiz"))).contains("the defence lawyer");
  }

  @Test
  void aBareTitleBeforeANameIsARoleNotAMention() {
    List<Entity> es = entities("Club coach Tomas Vidal praised the players on Sunday.");
    assertThat(anchors(entity(es, "tomas-vidal"))).doesNotContain("Club coach", "coach");
  }

  @Test
  void countriesThatPlayEachOtherAreTheirNationalTeams() {
    List<Entity> es =
        entities(
            "Portugal beat Norway 2 – 1 in Lisbon on Saturday. Norway had led at half time,"
                + " but Portugal scored twice after the break.");
    Entity portugal = entity(es, "portugal-national-team");
    assertThat(portugal.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(anchors(portugal)).contains("Portugal");
    assertThat(entity(es, "norway-national-team").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aCountryOnItsOwnInAContestStaysAPlace() {
    List<Entity> es =
        entities("Portugal beat the visitors 2 – 1 in Lisbon on Saturday. Fans cheered.");
    assertThat(entity(es, "portugal").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void countriesFacingEachOtherWithoutAScoreStayPlaces() {
    List<Entity> es =
        entities("Norway faced Portugal at the talks in Geneva, and Portugal beat Norway to a deal.");
    assertThat(entity(es, "portugal").type()).isEqualTo(EntityType.PLACE);
    assertThat(entity(es, "norway").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void aCountryAfterTheWordTeamIsItsTeam() {
    List<Entity> es =
        entities("Team Norway had to rebuild their robot after the original was lost in transit.");
    Entity team = entity(es, "norway-national-team");
    assertThat(team.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(anchors(team)).contains("Team Norway");
  }

  @Test
  void aCapitalisedTitleInAppositionIsAMentionOfThePerson() {
    List<Entity> es =
        entities(
            "Professor Ana Ruiz, Director of the Harbour Water Survey, says the results are"
                + " worrying.");
    // descriptions end at their head noun, as "a teacher" of "a teacher from Toledo" does
    assertThat(anchors(entity(es, "ana-ruiz"))).contains("Director");
  }

  @Test
  void lettersAfterAPersonsNameAreNoPlace() {
    List<Entity> es =
        entities(
            "In the words of the Crown prosecutor, Tomas Vidal, QC, the accused had lied. The"
                + " defence barrister, Ana Ruiz, SC, said the trial was unfair.");
    assertThat(es).extracting(Entity::type).containsOnly(EntityType.PERSON);
  }

  @Test
  void aReligionNamedAsABodyIsAnOrganization() {
    List<Entity> es =
        entities("Scientology sued the newspaper on Monday, and a spokesman for Scientology said so.");
    assertThat(entity(es, "scientology").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aLoneSurnameThatIsAlsoACityIsThePersonNamedInFull() {
    List<Entity> es =
        entities(
            "Marta London, a nurse from Leeds, has sued the clinic. London said the clinic had"
                + " ignored her complaints. London's lawyer agreed.");
    assertThat(anchors(entity(es, "marta-london"))).contains("London");
    assertThat(es).extracting(Entity::key).doesNotContain("london");
  }

  @Test
  void aBareDefiniteKindIsTheOneNamedEntityOfThatKindJustBefore() {
    List<Entity> es =
        entities(
            "Heavy rain flooded Toledo on Monday night. By morning the city had closed every"
                + " school and bridge.");
    assertThat(anchors(entity(es, "toledo"))).contains("the city");
  }

  @Test
  void aBareDefiniteKindWithTwoCandidatesStaysUnnamed() {
    List<Entity> es =
        entities(
            "Heavy rain flooded Toledo and Valencia on Monday night. By morning the city had"
                + " closed every school and bridge.");
    assertThat(anchors(entity(es, "toledo"))).doesNotContain("the city");
    assertThat(anchors(entity(es, "valencia"))).doesNotContain("the city");
  }
}
