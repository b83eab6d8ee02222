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

  private static List<String> triggerWords(Analysis a) {
    DependencyTree tree = new DependencyTree(a);
    return new EventTriggers(tree, List.of(), Optional.empty()).find().stream()
        .map(t -> a.tokens().get(t.token()).word())
        .toList();
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
    return new EventTriggers(new DependencyTree(a), List.of(), Optional.empty()).find().stream()
        .map(EventTriggers.Trigger::key)
        .toList();
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
}
