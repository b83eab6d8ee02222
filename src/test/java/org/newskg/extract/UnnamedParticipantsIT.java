package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;

/** People described without a name, on sentences written for these tests, with the real CoreNLP. */
class UnnamedParticipantsIT {
  private record Found(List<Entity> entities, List<UnnamedParticipant> participants) {}

  private static Found find(String text) {
    Analysis analysis = NlpPipeline.shared(NlpSettings.DEFAULT).analyze(text, Optional.empty());
    List<Entity> entities = new EntityExtractor().extract(analysis, List.of());
    return new Found(
        entities, new UnnamedParticipants().find(analysis, List.of(), entities, List.of()));
  }

  private static List<String> anchors(UnnamedParticipant p) {
    return p.mentions().stream().map(EntityMention::text).toList();
  }

  @Test
  void aDescribedPersonGetsItsDescriptionsAndPronouns() {
    Found f =
        find(
            "A 45-year-old man was arrested on Sunday after the fire at the warehouse. The man,"
                + " who lives nearby, had burned himself.");
    UnnamedParticipant man =
        f.participants().stream()
            .filter(p -> p.headLemma().equals("man"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no man in " + f.participants()));
    assertThat(man.description()).isEqualTo("A 45-year-old man");
    assertThat(man.modifiers()).contains("45", "old");
    assertThat(anchors(man)).contains("A 45-year-old man", "who", "himself");
    assertThat(f.participants())
        .filteredOn(p -> p.type() != EntityType.THING)
        .extracting(UnnamedParticipant::headLemma)
        .doesNotContain("fire", "warehouse");
    // a happening is no thing either
    assertThat(f.participants()).extracting(UnnamedParticipant::headLemma).doesNotContain("fire");
  }

  @Test
  void descriptionsOfANamedPersonAreNotSomeoneElse() {
    Found f =
        find(
            "Ana Ruiz, a teacher from Toledo, won the award on Friday. She is a chemist by"
                + " training.");
    assertThat(f.participants()).extracting(UnnamedParticipant::headLemma).doesNotContain("teacher", "chemist");
  }

  @Test
  void aGroupOfPeopleIsOneParticipantWithItsNumber() {
    Found f =
        find("Rescue workers searched the rubble for survivors. The workers said they found two.");
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("worker"))
        .first()
        .satisfies(p -> assertThat(p.modifiers()).contains("rescue"));
  }

  @Test
  void numbersOfPeopleAreNotParticipants() {
    Found f = find("Thousands of fans filled the stadium on Saturday, and hundreds waited outside.");
    assertThat(f.participants()).extracting(UnnamedParticipant::headLemma).doesNotContain("fan", "thousand", "hundred");
  }

  @Test
  void organizationsAndPlacesAreTypedByTheirNoun() {
    Found f =
        find("The company said it would close the factory in March. Workers at the factory were told on Monday.");
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("company"))
        .singleElement()
        .satisfies(p -> assertThat(p.type()).isEqualTo(EntityType.ORGANIZATION));
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("factory"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.type()).isEqualTo(EntityType.PLACE));
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("worker"))
        .singleElement()
        .satisfies(p -> assertThat(p.type()).isEqualTo(EntityType.PERSON));
  }

  @Test
  void thingsThatTakePartAreThingsWithTheirPronouns() {
    Found f =
        find(
            "The company released an emergency patch on Tuesday. Engineers said the patch closes"
                + " a hole that thieves used last week, and they urged users to install it.");
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("patch"))
        .first()
        .satisfies(
            p -> {
              assertThat(p.type()).isEqualTo(EntityType.THING);
              assertThat(p.modifiers()).contains("emergency");
            });
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("hole"))
        .singleElement()
        .satisfies(p -> assertThat(p.type()).isEqualTo(EntityType.THING));
    // times and people are no things
    assertThat(f.participants())
        .filteredOn(p -> p.type() == EntityType.THING)
        .extracting(UnnamedParticipant::headLemma)
        .doesNotContain("week", "Tuesday", "engineer", "user", "thief");
  }

  @Test
  void finalScoresAreThingsKeyedAsWrittenWithoutSpaces() {
    Found f =
        find(
            "The Hawks beat the Owls 31-24 on Sunday. The 31-24 win was their fifth, and the Owls lost"
                + " 27 - 3 a week before. Ticket sales rose in 2008-09.");
    assertThat(f.participants())
        .filteredOn(p -> p.type() == EntityType.THING)
        .extracting(UnnamedParticipant::headLemma)
        .contains("31-24", "27-3")
        .doesNotContain("2008-09", "08-09");
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("31-24"))
        .extracting(UnnamedParticipant::description)
        .containsOnly("31-24");
  }

  @Test
  void titleNounsArePeopleWhenWordNetSaysSoAndOtherwiseThings() {
    Found f =
        find(
            "Witnesses said the shooter fled on foot. Doctors kept her alive with a ventilator at the"
                + " clinic.");
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("shooter"))
        .singleElement()
        .satisfies(p -> assertThat(p.type()).isEqualTo(EntityType.PERSON));
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("ventilator"))
        .allSatisfy(p -> assertThat(p.type()).isEqualTo(EntityType.THING));
  }

  @Test
  void happeningsAndModifiersAreNoThings() {
    Found f =
        find("The attack on the convoy damaged two trucks. Investigators found a car bomb near the road.");
    assertThat(f.participants())
        .filteredOn(p -> p.type() == EntityType.THING)
        .extracting(UnnamedParticipant::headLemma)
        .contains("truck", "bomb", "convoy")
        .doesNotContain("attack", "car");
  }

  @Test
  void namesOfThingsNerGivesNoTypeAreThingsButDemonymsAreNot() {
    Found f =
        find(
            "The senators voted to weaken the Clean Water Act on Friday. Several Canadians"
                + " protested against the Clean Water Act in Ottawa.");
    assertThat(f.participants())
        .filteredOn(p -> p.type() == EntityType.THING)
        .extracting(UnnamedParticipant::description)
        .contains("the Clean Water Act")
        .doesNotContain("Canadians", "Several Canadians");
  }

  @Test
  void aRelativePronounOfAThingJoinsItButAComplementizerDoesNot() {
    Found f =
        find("The company shipped a patch that closes the hole. Engineers said that the hole was small.");
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("patch"))
        .singleElement()
        .satisfies(p -> assertThat(anchors(p)).containsExactly("a patch", "that"));
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("hole"))
        .allSatisfy(p -> assertThat(anchors(p)).doesNotContain("that"));
  }

  @Test
  void capitalisedCommonNounsOfAHeadlineOrASentenceStartDescribeParticipants() {
    Found f =
        find(
            "Plumber Finds Stolen Ring Inside Kitchen Drain\n"
                + "Tenant says she had lost hope of seeing the ring again\n"
                + "A plumber found a stolen ring on Monday while he repaired a drain in a kitchen."
                + " The plumber gave the ring to the tenant, who had reported the theft.");
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("plumber"))
        .flatExtracting(UnnamedParticipantsIT::anchors)
        .contains("Plumber");
    assertThat(f.participants())
        .filteredOn(p -> p.headLemma().equals("tenant"))
        .flatExtracting(UnnamedParticipantsIT::anchors)
        .contains("Tenant");
  }

  @Test
  void aHeadlineWordTheTextCapitalisesAsANameDescribesNoOne() {
    Found f =
        find(
            "Rangers Sign Young Goalkeeper\n"
                + "The Rangers signed a goalkeeper from Lisbon on Friday, and the Rangers said he"
                + " would start in March.");
    assertThat(f.participants()).extracting(UnnamedParticipant::headLemma).doesNotContain("ranger");
  }
}
