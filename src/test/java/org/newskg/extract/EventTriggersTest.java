package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;

class EventTriggersTest {
  private static Analysis sentence(String[][] rows) {
    return HandParses.sentence(rows);
  }

  private static List<EventTriggers.Trigger> triggers(Analysis a) {
    return new EventTriggers(new DependencyTree(a), List.of(), Optional.empty()).find();
  }

  private static List<String> triggerWords(Analysis a) {
    return triggers(a).stream().map(t -> a.tokens().get(t.token()).word()).toList();
  }

  @Test
  void aNounMadeFromAVerbOfTheArticleIsAnEvent() {
    // "Officials inspected the plant and the government said the inspection ended."
    Analysis a = sentence(new String[][] {
        {"Officials", "official", "NNS", "1", "nsubj"},
        {"inspected", "inspect", "VBD", "-1", "root"},
        {"the", "the", "DT", "3", "det"},
        {"plant", "plant", "NN", "1", "obj"},
        {"and", "and", "CC", "6", "cc"},
        {"the", "the", "DT", "6", "det"},
        {"government", "government", "NN", "7", "nsubj"},
        {"said", "say", "VBD", "1", "conj"},
        {"the", "the", "DT", "9", "det"},
        {"inspection", "inspection", "NN", "10", "nsubj"},
        {"ended", "end", "VBD", "7", "ccomp"}});
    assertThat(triggerWords(a)).contains("inspected", "inspection").doesNotContain("government");
  }

  @Test
  void aCoordinationTaggedAsOneKindOfActIsOneEventAtItsFirstWord() {
    // "A driver was charged in a smash and grab that hurt a guard." as the parser reads it: "grab"
    // a conjunct of "charged", though the tagger marks "smash and grab" as one criminal charge.
    Analysis a = sentence(new String[][] {
        {"A", "a", "DT", "1", "det"},
        {"driver", "driver", "NN", "3", "nsubj:pass"},
        {"was", "be", "VBD", "3", "aux:pass"},
        {"charged", "charge", "VBN", "-1", "root"},
        {"in", "in", "IN", "6", "case"},
        {"a", "a", "DT", "6", "det"},
        {"smash", "smash", "NN", "3", "obl", "CRIMINAL_CHARGE"},
        {"and", "and", "CC", "8", "cc", "CRIMINAL_CHARGE"},
        {"grab", "grab", "VB", "3", "conj", "CRIMINAL_CHARGE"},
        {"that", "that", "WDT", "10", "nsubj"},
        {"hurt", "hurt", "VBD", "8", "acl:relcl"},
        {"a", "a", "DT", "12", "det"},
        {"guard", "guard", "NN", "10", "obj"}});
    assertThat(triggerWords(a)).contains("charged", "hurt").doesNotContain("grab");
  }

  @Test
  void verbsJoinedOutsideAMentionOfAnActAreTwoEvents() {
    // "Thieves smashed and grabbed the jewels."
    Analysis a = sentence(new String[][] {
        {"Thieves", "thief", "NNS", "1", "nsubj"},
        {"smashed", "smash", "VBD", "-1", "root"},
        {"and", "and", "CC", "3", "cc"},
        {"grabbed", "grab", "VBD", "1", "conj"},
        {"the", "the", "DT", "5", "det"},
        {"jewels", "jewel", "NNS", "1", "obj"}});
    assertThat(triggerWords(a)).contains("smashed", "grabbed");
  }

  @Test
  void aNominalisationWithoutItsVerbInTheArticleIsNotTakenForAnEvent() {
    // "The administration announced a plan."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"administration", "administration", "NN", "2", "nsubj"},
        {"announced", "announce", "VBD", "-1", "root"},
        {"a", "a", "DT", "4", "det"},
        {"plan", "plan", "NN", "2", "obj"}});
    assertThat(triggerWords(a)).doesNotContain("administration");
  }

  @Test
  void nominalisationsHaveTheFormOfANounMadeFromAVerb() {
    assertThat(EventLexicon.isNominalisation("investigation")).isTrue();
    assertThat(EventLexicon.isNominalisation("settlement")).isTrue();
    assertThat(EventLexicon.isNominalisation("plant")).isFalse();
    assertThat(EventLexicon.isNominalisation("ion")).isFalse();
  }

  private static List<String> keys(Analysis a) {
    return triggers(a).stream().map(EventTriggers.Trigger::key).toList();
  }

  @Test
  void aVerbWithAParticleThatMakesItAnotherActIsKeyedAsThatAct() {
    // "The singer passed away and the inmate ran off."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"singer", "singer", "NN", "2", "nsubj"},
        {"passed", "pass", "VBD", "-1", "root"},
        {"away", "away", "RP", "2", "compound:prt"},
        {"and", "and", "CC", "7", "cc"},
        {"the", "the", "DT", "6", "det"},
        {"inmate", "inmate", "NN", "7", "nsubj"},
        {"ran", "run", "VBD", "2", "conj"},
        {"off", "off", "RP", "7", "compound:prt"}});
    assertThat(keys(a)).containsExactly(EventLexicon.key("die"), EventLexicon.key("flee"));
  }

  @Test
  void aVerbWithAPrepositionalPhraseThatMakesItAnotherActIsKeyedAsThatAct() {
    // "She checked into a clinic and he was taken into custody."
    Analysis a = sentence(new String[][] {
        {"She", "she", "PRP", "1", "nsubj"},
        {"checked", "check", "VBD", "-1", "root"},
        {"into", "into", "IN", "4", "case"},
        {"a", "a", "DT", "4", "det"},
        {"clinic", "clinic", "NN", "1", "obl"},
        {"and", "and", "CC", "8", "cc"},
        {"he", "he", "PRP", "8", "nsubj:pass"},
        {"was", "be", "VBD", "8", "aux:pass"},
        {"taken", "take", "VBN", "1", "conj"},
        {"into", "into", "IN", "10", "case"},
        {"custody", "custody", "NN", "8", "obl"}});
    assertThat(keys(a)).contains(EventLexicon.key("enter"), EventLexicon.key("arrest"));
  }

  @Test
  void theVerbAloneKeepsItsOwnKey() {
    // "The senate passed the bill."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"senate", "senate", "NN", "2", "nsubj"},
        {"passed", "pass", "VBD", "-1", "root"},
        {"the", "the", "DT", "4", "det"},
        {"bill", "bill", "NN", "2", "obj"}});
    assertThat(keys(a)).containsExactly(EventLexicon.key("pass"));
  }

  @Test
  void aProperNameOfACeremonyIsAnEventAndItsStatuetteNameIsTheSameKind() {
    // "The Oscars and the Academy Awards honoured an Oscar winner."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"Oscars", "Oscars", "NNPS", "6", "nsubj"},
        {"and", "and", "CC", "5", "cc"},
        {"the", "the", "DT", "5", "det"},
        {"Academy", "Academy", "NNP", "5", "compound"},
        {"Awards", "Awards", "NNPS", "1", "conj"},
        {"honoured", "honour", "VBD", "-1", "root"},
        {"an", "a", "DT", "9", "det"},
        {"Oscar", "Oscar", "NNP", "9", "compound"},
        {"winner", "winner", "NN", "6", "obj"}});
    assertThat(triggerWords(a)).contains("Oscars", "Awards").doesNotContain("Oscar", "Academy");
    List<String> keys = keys(a);
    assertThat(keys.get(0)).isEqualTo(keys.get(1));
  }

  @Test
  void aCapitalisedPluralOfACeremonyTaggedAsACommonNounIsAnEventAlsoAsAModifier() {
    // "Viewers watched the Grammys and the Emmys telecast ." with both plurals tagged NNS, as
    // CoreNLP may
    Analysis a = sentence(new String[][] {
        {"Viewers", "viewer", "NNS", "1", "nsubj"},
        {"watched", "watch", "VBD", "-1", "root"},
        {"the", "the", "DT", "3", "det"},
        {"Grammys", "grammy", "NNS", "1", "obj"},
        {"and", "and", "CC", "7", "cc"},
        {"the", "the", "DT", "7", "det"},
        {"Emmys", "emmy", "NNS", "7", "compound"},
        {"telecast", "telecast", "NN", "3", "conj"},
        {".", ".", ".", "1", "punct"}});
    assertThat(triggerWords(a)).contains("Grammys", "Emmys");
  }

  @Test
  void aCapitalisedNounOfATitleCaseHeadlineIsReadAsItsCommonNoun() {
    // "Mayor Resigns After Bridge Collapse Sparks Protests"
    Analysis a = sentence(new String[][] {
        {"Mayor", "Mayor", "NNP", "1", "nsubj", "TITLE"},
        {"Resigns", "resign", "VBZ", "-1", "root"},
        {"After", "after", "IN", "5", "mark"},
        {"Bridge", "Bridge", "NNP", "4", "compound"},
        {"Collapse", "Collapse", "NNP", "5", "nsubj"},
        {"Sparks", "spark", "VBZ", "1", "advcl"},
        {"Protests", "Protests", "NNPS", "5", "obj"}});
    List<EventTriggers.Trigger> found = triggers(a);
    assertThat(found.stream().map(t -> a.token(t.token()).word()))
        .contains("Collapse", "Protests")
        .doesNotContain("Mayor", "Bridge");
    assertThat(found.stream().map(EventTriggers.Trigger::lemma)).contains("collapse", "protest");
  }

  @Test
  void aProperNounOutsideATitleCaseLineIsNoEvent() {
    // "The Storm beat the visitors in the final game."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"Storm", "Storm", "NNP", "2", "nsubj"},
        {"beat", "beat", "VBD", "-1", "root"},
        {"the", "the", "DT", "4", "det"},
        {"visitors", "visitor", "NNS", "2", "obj"},
        {"in", "in", "IN", "8", "case"},
        {"the", "the", "DT", "8", "det"},
        {"final", "final", "JJ", "8", "amod"},
        {"game", "game", "NN", "2", "obl"}});
    assertThat(triggerWords(a)).contains("beat", "game").doesNotContain("Storm");
  }

  @Test
  void aWordOfATitleOrNameInRunningTextIsNoEvent() {
    // "She saw the long sequel, Breaking Point, with friends before entering Mending Lodge."
    Analysis a = sentence(new String[][] {
        {"She", "she", "PRP", "1", "nsubj"},
        {"saw", "see", "VBD", "-1", "root"},
        {"the", "the", "DT", "4", "det"},
        {"long", "long", "JJ", "4", "amod"},
        {"sequel", "sequel", "NN", "1", "obj"},
        {",", ",", ",", "7", "punct"},
        {"Breaking", "break", "VBG", "7", "amod"},
        {"Point", "Point", "NNP", "4", "appos"},
        {",", ",", ",", "7", "punct"},
        {"with", "with", "IN", "10", "case"},
        {"friends", "friend", "NNS", "1", "obl"},
        {"before", "before", "IN", "12", "mark"},
        {"entering", "enter", "VBG", "1", "advcl"},
        {"Mending", "mend", "VBG", "14", "compound", "ORGANIZATION"},
        {"Lodge", "Lodge", "NNP", "12", "obj", "ORGANIZATION"}});
    assertThat(triggerWords(a)).contains("saw", "entering").doesNotContain("Breaking", "Mending");
  }

  @Test
  void aCapitalisedEventWordOfAHeadlineOrAtTheRootIsStillAnEvent() {
    // "Factory Shooting Leaves Three Dead" (NER takes the first words for a company)
    Analysis headline = sentence(new String[][] {
        {"Factory", "Factory", "NNP", "1", "compound", "ORGANIZATION"},
        {"Shooting", "shooting", "NN", "2", "nsubj", "ORGANIZATION"},
        {"Leaves", "leave", "VBZ", "-1", "root"},
        {"Three", "three", "CD", "2", "obj", "NUMBER"},
        {"Dead", "dead", "JJ", "2", "xcomp"}});
    assertThat(triggerWords(headline)).contains("Shooting");
    // "Governor to Name Judge Lee as the new chief of the court on Monday"
    Analysis root = sentence(new String[][] {
        {"Governor", "Governor", "NNP", "2", "nsubj", "TITLE"},
        {"to", "to", "TO", "2", "mark"},
        {"Name", "name", "VB", "-1", "root"},
        {"Judge", "Judge", "NNP", "4", "compound", "TITLE"},
        {"Lee", "Lee", "NNP", "2", "obj", "PERSON"},
        {"as", "as", "IN", "8", "case"},
        {"the", "the", "DT", "8", "det"},
        {"new", "new", "JJ", "8", "amod"},
        {"chief", "chief", "NN", "2", "obl"},
        {"of", "of", "IN", "11", "case"},
        {"the", "the", "DT", "11", "det"},
        {"court", "court", "NN", "8", "nmod"},
        {"on", "on", "IN", "13", "case"},
        {"Monday", "Monday", "NNP", "2", "obl", "DATE"}});
    assertThat(triggerWords(root)).contains("Name");
  }

  @Test
  void aVerbFormOpeningACompoundNounOfNoActIsNoEvent() {
    // "The coach said the running back was talking to reporters."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"coach", "coach", "NN", "2", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"the", "the", "DT", "5", "det"},
        {"running", "run", "VBG", "5", "amod"},
        {"back", "back", "NN", "7", "nsubj"},
        {"was", "be", "VBD", "7", "aux"},
        {"talking", "talk", "VBG", "2", "ccomp"},
        {"to", "to", "IN", "9", "case"},
        {"reporters", "reporter", "NNS", "7", "obl"}});
    assertThat(triggerWords(a)).contains("said", "talking").doesNotContain("running");
  }

  @Test
  void aVerbAndItsObjectThatWordNetListsAsOneVerbAreOneMention() {
    // "Gunmen opened fire on the crowd."
    Analysis a = sentence(new String[][] {
        {"Gunmen", "gunman", "NNS", "1", "nsubj"},
        {"opened", "open", "VBD", "-1", "root"},
        {"fire", "fire", "NN", "1", "obj"},
        {"on", "on", "IN", "5", "case"},
        {"the", "the", "DT", "5", "det"},
        {"crowd", "crowd", "NN", "1", "obl"}});
    List<EventTriggers.Trigger> found = triggers(a);
    assertThat(found).hasSize(1);
    EventTriggers.Trigger opened = found.get(0);
    assertThat(a.token(opened.token()).word()).isEqualTo("opened");
    assertThat(opened.type()).contains(EventType.ATTACK);
    assertThat(opened.senses()).containsAnyElementsOf(EventSenses.of("fire"));
  }

  @Test
  void anEventNounOpeningACompoundOfAThingIsNoEventButOneAboutItsEventIs() {
    // "Crews left the fire station after the murder charge."
    Analysis a = sentence(new String[][] {
        {"Crews", "crew", "NNS", "1", "nsubj"},
        {"left", "leave", "VBD", "-1", "root"},
        {"the", "the", "DT", "4", "det"},
        {"fire", "fire", "NN", "4", "compound"},
        {"station", "station", "NN", "1", "obj"},
        {"after", "after", "IN", "8", "case"},
        {"the", "the", "DT", "8", "det"},
        {"murder", "murder", "NN", "8", "compound"},
        {"charge", "charge", "NN", "1", "obl"}});
    assertThat(triggerWords(a)).contains("left", "murder").doesNotContain("fire");
  }

  @Test
  void aCriminalChargeTaggedAsAProperNounIsAnEvent() {
    // "Police held the driver on suspicion of DUI."
    Analysis a = sentence(new String[][] {
        {"Police", "police", "NNS", "1", "nsubj"},
        {"held", "hold", "VBD", "-1", "root"},
        {"the", "the", "DT", "3", "det"},
        {"driver", "driver", "NN", "1", "obj"},
        {"on", "on", "IN", "5", "case"},
        {"suspicion", "suspicion", "NN", "1", "obl"},
        {"of", "of", "IN", "7", "case"},
        {"DUI", "DUI", "NNP", "5", "nmod", "CRIMINAL_CHARGE"}});
    assertThat(triggerWords(a)).contains("suspicion", "DUI");
  }

  @Test
  void verbsOfStateAndPerceptionAreEventsButTheCopulaIsNot() {
    // "The rebels remained in the town, which became a target."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"rebels", "rebel", "NNS", "2", "nsubj"},
        {"remained", "remain", "VBD", "-1", "root"},
        {"in", "in", "IN", "5", "case"},
        {"the", "the", "DT", "5", "det"},
        {"town", "town", "NN", "2", "obl"},
        {",", ",", ",", "8", "punct"},
        {"which", "which", "WDT", "8", "nsubj"},
        {"became", "become", "VBD", "5", "acl:relcl"},
        {"a", "a", "DT", "10", "det"},
        {"target", "target", "NN", "8", "xcomp"},
        {"and", "and", "CC", "13", "cc"},
        {"was", "be", "VBD", "13", "cop"},
        {"empty", "empty", "JJ", "2", "conj"}});
    assertThat(triggerWords(a)).contains("remained", "became").doesNotContain("was");
  }

  @Test
  void aNounModifierIsAnEventOfItsOwnUnlessItNamesItsHeadsEvent() {
    // "The murder trial followed a phone call."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "2", "det"},
        {"murder", "murder", "NN", "2", "compound"},
        {"trial", "trial", "NN", "3", "nsubj"},
        {"followed", "follow", "VBD", "-1", "root"},
        {"a", "a", "DT", "6", "det"},
        {"phone", "phone", "NN", "6", "compound"},
        {"call", "call", "NN", "3", "obj"}});
    assertThat(triggerWords(a)).contains("murder", "trial", "call").doesNotContain("phone");
  }

  @Test
  void aNounWhoseMostFrequentWordNetSensesAreActsIsAnEvent() {
    // "The touchdown came after the shelter was built."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"touchdown", "touchdown", "NN", "2", "nsubj"},
        {"came", "come", "VBD", "-1", "root"},
        {"after", "after", "IN", "7", "mark"},
        {"the", "the", "DT", "5", "det"},
        {"shelter", "shelter", "NN", "7", "nsubj:pass"},
        {"was", "be", "VBD", "7", "aux:pass"},
        {"built", "build", "VBN", "2", "advcl"}});
    assertThat(triggerWords(a)).contains("touchdown").doesNotContain("shelter");
  }

  @Test
  void aNounModifierThatIsAnEventOnlyByItsWordNetSensesIsNoEvent() {
    // "The touchdown celebration followed the murder trial."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "2", "det"},
        {"touchdown", "touchdown", "NN", "2", "compound"},
        {"celebration", "celebration", "NN", "3", "nsubj"},
        {"followed", "follow", "VBD", "-1", "root"},
        {"the", "the", "DT", "6", "det"},
        {"murder", "murder", "NN", "6", "compound"},
        {"trial", "trial", "NN", "3", "obj"}});
    assertThat(triggerWords(a)).contains("celebration", "murder", "trial")
        .doesNotContain("touchdown");
  }

  @Test
  void participlesInAdjectivePositionAndNounModifiersModifyANounButNotAReportingVerb() {
    // "The reported theft left injured guards and a murder trial."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "2", "det"},
        {"reported", "report", "VBN", "2", "amod"},
        {"theft", "theft", "NN", "3", "nsubj"},
        {"left", "leave", "VBD", "-1", "root"},
        {"injured", "injure", "VBN", "5", "amod"},
        {"guards", "guard", "NNS", "3", "obj"},
        {"and", "and", "CC", "9", "cc"},
        {"a", "a", "DT", "9", "det"},
        {"murder", "murder", "NN", "9", "compound"},
        {"trial", "trial", "NN", "5", "conj"}});
    assertThat(a.tokens().stream().filter(EventTriggers::modifiesNoun).map(t -> t.word()))
        .containsExactly("injured", "murder");
  }

  @Test
  void aSupportVerbIsAMentionOfNoTypeAndTheSupportOfItsNoun() {
    // "Troops sent a warning."
    Analysis a = sentence(new String[][] {
        {"Troops", "troops", "NNS", "1", "nsubj"},
        {"sent", "send", "VBD", "-1", "root"},
        {"a", "a", "DT", "3", "det"},
        {"warning", "warning", "NN", "1", "obj"}});
    List<EventTriggers.Trigger> found = triggers(a);
    assertThat(found).hasSize(2);
    EventTriggers.Trigger sent = found.get(0);
    EventTriggers.Trigger warning = found.get(1);
    assertThat(sent.token()).isEqualTo(1);
    assertThat(sent.type()).isEmpty(); // troops that send a warning move nowhere
    assertThat(warning.support()).contains(1);
    assertThat(warning.type()).contains(EventType.COMMUNICATION);
  }

  @Test
  void aNounModifierInIngOfAVerbNamesTheVerbsAct() {
    // "The slaying suspect sold sterling silver."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "2", "det"},
        {"slaying", "slaying", "NN", "2", "compound"},
        {"suspect", "suspect", "NN", "3", "nsubj"},
        {"sold", "sell", "VBD", "-1", "root"},
        {"sterling", "sterling", "NN", "5", "compound"},
        {"silver", "silver", "NN", "3", "obj"}});
    assertThat(triggerWords(a)).contains("slaying", "sold").doesNotContain("sterling");
  }

  @Test
  void aNounOfAFeelingIsAnEvent() {
    // "The anger of the neighbours grew."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"anger", "anger", "NN", "5", "nsubj"},
        {"of", "of", "IN", "4", "case"},
        {"the", "the", "DT", "4", "det"},
        {"neighbours", "neighbour", "NNS", "1", "nmod"},
        {"grew", "grow", "VBD", "-1", "root"}});
    assertThat(triggerWords(a)).contains("anger").doesNotContain("neighbours");
  }

  /** "Singer Checks Into Clinic", then a line of running text. */
  private static Analysis headlineAndBody(String[][] body) {
    return HandParses.lines(new String[][] {
        {"Singer", "Singer", "NNP", "1", "compound"},
        {"Checks", "check", "NNS", "-1", "root"},
        {"Into", "into", "IN", "3", "case"},
        {"Clinic", "Clinic", "NNP", "1", "nmod"}},
        body);
  }

  @Test
  void aHeadlineWordTaggedAsANounIsTheVerbTheRunningTextUses() {
    // "The singer checked into a clinic ."
    Analysis a = headlineAndBody(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"singer", "singer", "NN", "2", "nsubj"},
        {"checked", "check", "VBD", "-1", "root"},
        {"into", "into", "IN", "5", "case"},
        {"a", "a", "DT", "5", "det"},
        {"clinic", "clinic", "NN", "2", "obl"}});
    EventTriggers.Trigger checks = triggers(a).stream()
        .filter(t -> a.tokens().get(t.token()).word().equals("Checks"))
        .findFirst()
        .orElseThrow();
    assertThat(checks.lemma()).isEqualTo("check");
    assertThat(checks.key()).isEqualTo(EventLexicon.key("enter"));
  }

  @Test
  void aHeadlineNounThatTheRunningTextDoesNotUseAsAVerbStaysANoun() {
    // "The singer entered a clinic ."
    Analysis a = headlineAndBody(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"singer", "singer", "NN", "2", "nsubj"},
        {"entered", "enter", "VBD", "-1", "root"},
        {"a", "a", "DT", "4", "det"},
        {"clinic", "clinic", "NN", "2", "obj"}});
    assertThat(triggerWords(a)).containsExactly("entered");
  }

  @Test
  void aFirstLineWithoutAFiniteVerbIsAHeadlineToo() {
    // "Company issues new patch", then "The company issued a patch ."
    Analysis a = HandParses.lines(new String[][] {
        {"Company", "company", "NN", "1", "compound"},
        {"issues", "issue", "NNS", "3", "compound"},
        {"new", "new", "JJ", "3", "amod"},
        {"patch", "patch", "NN", "-1", "root"}},
        new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"company", "company", "NN", "2", "nsubj"},
        {"issued", "issue", "VBD", "-1", "root"},
        {"a", "a", "DT", "4", "det"},
        {"patch", "patch", "NN", "2", "obj"}});
    assertThat(triggerWords(a)).containsExactly("issues", "issued");
  }

  @Test
  void aJobTitleTaggedAsAVerbIsNoEvent() {
    // "Defensive tackle Ray Moss signed ." with "tackle" tagged as a verb, as CoreNLP may
    Analysis a = sentence(new String[][] {
        {"Defensive", "defensive", "JJ", "1", "amod", "TITLE"},
        {"tackle", "tackle", "VBP", "3", "compound", "TITLE"},
        {"Ray", "Ray", "NNP", "3", "compound", "PERSON"},
        {"Moss", "Moss", "NNP", "4", "nsubj", "PERSON"},
        {"signed", "sign", "VBD", "-1", "root"}});
    assertThat(triggerWords(a)).containsExactly("signed");
  }

  @Test
  void aNounOfAStateOrActIsAnEventWhenAPossessiveMakesItSomeones() {
    // "Her addiction worsened and the flaw remained ."
    Analysis a = sentence(new String[][] {
        {"Her", "she", "PRP$", "1", "nmod:poss"},
        {"addiction", "addiction", "NN", "2", "nsubj"},
        {"worsened", "worsen", "VBD", "-1", "root"},
        {"and", "and", "CC", "6", "cc"},
        {"the", "the", "DT", "5", "det"},
        {"flaw", "flaw", "NN", "6", "nsubj"},
        {"remained", "remain", "VBD", "2", "conj"}});
    assertThat(triggerWords(a)).contains("addiction").doesNotContain("flaw");
  }

  @Test
  void theLaterPartsOfAHyphenatedCompoundBeforeANounAreNoEvents() {
    // "A hit - and - run driver fled and a court - ordered audit began ." (tokenised text, with
    // "run" tagged as a verb and "ordered" as a participle, as CoreNLP may)
    Analysis a = sentence(new String[][] {
        {"A", "a", "DT", "6", "det"},
        {"hit", "hit", "NN", "6", "compound"},
        {"-", "-", "HYPH", "5", "punct"},
        {"and", "and", "CC", "5", "cc"},
        {"-", "-", "HYPH", "5", "punct"},
        {"run", "run", "VB", "1", "dep"},
        {"driver", "driver", "NN", "7", "nsubj"},
        {"fled", "flee", "VBD", "-1", "root"},
        {"and", "and", "CC", "14", "cc"},
        {"a", "a", "DT", "13", "det"},
        {"court", "court", "NN", "12", "obl:npmod"},
        {"-", "-", "HYPH", "12", "punct"},
        {"ordered", "order", "VBN", "13", "amod"},
        {"audit", "audit", "NN", "14", "nsubj"},
        {"began", "begin", "VBD", "7", "conj"}});
    assertThat(triggerWords(a)).contains("fled", "began").doesNotContain("run", "ordered");
  }

  @Test
  void theLastPartOfAHyphenatedWordThatNoNounFollowsIsAnEvent() {
    // "The coach was re - hired ."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"coach", "coach", "NN", "5", "nsubj:pass"},
        {"was", "be", "VBD", "5", "aux:pass"},
        {"re", "re", "IN", "5", "dep"},
        {"-", "-", "HYPH", "5", "punct"},
        {"hired", "hire", "VBN", "-1", "root"},
        {".", ".", ".", "5", "punct"}});
    assertThat(triggerWords(a)).contains("hired");
  }
}
