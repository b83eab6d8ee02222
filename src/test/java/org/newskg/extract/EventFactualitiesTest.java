package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;

/** Factuality from the trigger's own clause, on hand-made parses (some of them bad, as CoreNLP's can be). */
class EventFactualitiesTest {
  private static Analysis sentence(String[][] rows) {
    return HandParses.sentence(rows);
  }

  private static Factuality of(Analysis a, int trigger) {
    return new EventFactualities(new DependencyTree(a)).of(trigger, Optional.empty());
  }

  /** "The subject {aux} not {verb} {det} {object}.", the object an event noun. */
  private static Analysis negatedVerbWithObject(
      String aux, String auxLemma, String auxTag, String verb, String verbLemma, String verbTag,
      String det, String object) {
    return sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"subject", "subject", "NN", "4", "nsubj"},
        {aux, auxLemma, auxTag, "4", "aux"},
        {"not", "not", "RB", "4", "advmod"},
        {verb, verbLemma, verbTag, "-1", "root"},
        {det, det, "DT", "6", "det"},
        {object, object, "NN", "4", "obj"},
        {".", ".", ".", "4", "punct"}});
  }

  @Test
  void aPastVerbWithItsOwnTenseIsNotHypotheticalThroughAModalOfTheSentenceItIsHungOn() {
    // "Officials could answer few questions about how the man escaped.", with "escaped" parsed as
    // a clause on "questions", the object of "could answer"
    Analysis a = sentence(new String[][] {
        {"Officials", "official", "NNS", "2", "nsubj"},
        {"could", "could", "MD", "2", "aux"},
        {"answer", "answer", "VB", "-1", "root"},
        {"few", "few", "JJ", "4", "amod"},
        {"questions", "question", "NNS", "2", "obj"},
        {"about", "about", "IN", "8", "mark"},
        {"the", "the", "DT", "7", "det"},
        {"man", "man", "NN", "8", "nsubj"},
        {"escaped", "escape", "VBD", "4", "acl"},
        {".", ".", ".", "2", "punct"}});
    assertThat(of(a, 8)).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void aPastVerbWithADateIsAssertedWhereverTheParseHangsIt() {
    // "The boss, who avoided jail by wandering the streets, died Monday in prison.", with "died"
    // parsed as a conjunct of "wandering" under "avoided"
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"boss", "boss", "NN", "-1", "root"},
        {"who", "who", "WP", "3", "nsubj"},
        {"avoided", "avoid", "VBD", "1", "acl:relcl"},
        {"jail", "jail", "NN", "3", "obj"},
        {"by", "by", "IN", "6", "case"},
        {"wandering", "wander", "VBG", "3", "obl"},
        {"the", "the", "DT", "8", "det"},
        {"streets", "street", "NNS", "6", "obj"},
        {"died", "die", "VBD", "6", "conj"},
        {"Monday", "Monday", "NNP", "9", "obl:tmod", "DATE"},
        {"in", "in", "IN", "12", "case"},
        {"prison", "prison", "NN", "9", "obl"}});
    assertThat(of(a, 9)).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void aDatedPastVerbThatIsDeniedStaysDenied() {
    // "Peskov denied that Russia responded Monday."
    Analysis a = sentence(new String[][] {
        {"Peskov", "Peskov", "NNP", "1", "nsubj"},
        {"denied", "deny", "VBD", "-1", "root"},
        {"that", "that", "IN", "4", "mark"},
        {"Russia", "Russia", "NNP", "4", "nsubj"},
        {"responded", "respond", "VBD", "1", "ccomp"},
        {"Monday", "Monday", "NNP", "4", "obl:tmod", "DATE"}});
    assertThat(of(a, 4)).isEqualTo(Factuality.DENIED);
  }

  @Test
  void theSubjectOfAGuessAboutThePastIsGiven() {
    // "The blaze may have been arson."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"blaze", "blaze", "NN", "5", "nsubj"},
        {"may", "may", "MD", "5", "aux"},
        {"have", "have", "VB", "5", "aux"},
        {"been", "be", "VBN", "5", "cop"},
        {"arson", "arson", "NN", "-1", "root"},
        {".", ".", ".", "5", "punct"}});
    assertThat(of(a, 1)).isEqualTo(Factuality.ASSERTED);
    assertThat(of(a, 5)).isEqualTo(Factuality.HYPOTHETICAL);
  }

  @Test
  void theSubjectOfAModalPredicateWithoutHaveStaysHypothetical() {
    // "The invasion could be a disaster."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"invasion", "invasion", "NN", "5", "nsubj"},
        {"could", "could", "MD", "5", "aux"},
        {"be", "be", "VB", "5", "cop"},
        {"a", "a", "DT", "5", "det"},
        {"disaster", "disaster", "NN", "-1", "root"},
        {".", ".", ".", "5", "punct"}});
    assertThat(of(a, 1)).isEqualTo(Factuality.HYPOTHETICAL);
  }

  @Test
  void aConditionOnThePastTakesItsSubjectAsGiven() {
    // "She apologised if the blaze was connected to the campaign."
    Analysis a = sentence(new String[][] {
        {"She", "she", "PRP", "1", "nsubj"},
        {"apologised", "apologise", "VBD", "-1", "root"},
        {"if", "if", "IN", "6", "mark"},
        {"the", "the", "DT", "4", "det"},
        {"blaze", "blaze", "NN", "6", "nsubj:pass"},
        {"was", "be", "VBD", "6", "aux:pass"},
        {"connected", "connect", "VBN", "1", "advcl"},
        {"to", "to", "IN", "9", "case"},
        {"the", "the", "DT", "9", "det"},
        {"campaign", "campaign", "NN", "6", "obl"}});
    assertThat(of(a, 4)).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void aConditionOnWhatIsToComeKeepsItsSubjectHypothetical() {
    // "Sanctions will follow if the invasion goes ahead."
    Analysis a = sentence(new String[][] {
        {"Sanctions", "sanction", "NNS", "2", "nsubj"},
        {"will", "will", "MD", "2", "aux"},
        {"follow", "follow", "VB", "-1", "root"},
        {"if", "if", "IN", "6", "mark"},
        {"the", "the", "DT", "5", "det"},
        {"invasion", "invasion", "NN", "6", "nsubj"},
        {"goes", "go", "VBZ", "2", "advcl"},
        {"ahead", "ahead", "RB", "6", "advmod"}});
    assertThat(of(a, 5)).isEqualTo(Factuality.HYPOTHETICAL);
  }

  @Test
  void theMonthMayIsNoModal() {
    // "May 2, 2013 Lohan has checked into a clinic", with "May" tagged as the modal
    Analysis a = sentence(new String[][] {
        {"May", "may", "MD", "6", "aux", "DATE"},
        {"2", "2", "CD", "6", "dep", "DATE"},
        {",", ",", ",", "6", "punct", "DATE"},
        {"2013", "2013", "CD", "6", "dep", "DATE"},
        {"Lohan", "Lohan", "NNP", "6", "nsubj"},
        {"has", "have", "VBZ", "6", "aux"},
        {"checked", "check", "VBN", "-1", "root"}});
    Analysis b = sentence(new String[][] {
        {"Lohan", "Lohan", "NNP", "2", "nsubj"},
        {"may", "may", "MD", "2", "aux"},
        {"check", "check", "VB", "-1", "root"},
        {"into", "into", "IN", "4", "case"},
        {"rehab", "rehab", "NN", "2", "obl"}});
    assertThat(of(a, 6)).isEqualTo(Factuality.ASSERTED);
    assertThat(of(b, 2)).isEqualTo(Factuality.HYPOTHETICAL);
  }

  @Test
  void anEventInATimeAdjunctOfAFearedEventIsNotFeared() {
    // "He was treated after an attempt in the week before the murder."
    Analysis a = sentence(new String[][] {
        {"He", "he", "PRP", "2", "nsubj:pass"},
        {"was", "be", "VBD", "2", "aux:pass"},
        {"treated", "treat", "VBN", "-1", "root"},
        {"after", "after", "IN", "5", "case"},
        {"an", "a", "DT", "5", "det"},
        {"attempt", "attempt", "NN", "2", "obl"},
        {"before", "before", "IN", "8", "case"},
        {"the", "the", "DT", "8", "det"},
        {"murder", "murder", "NN", "5", "nmod"}});
    // "an attempt to murder": still not a fact
    Analysis b = sentence(new String[][] {
        {"an", "a", "DT", "1", "det"},
        {"attempt", "attempt", "NN", "-1", "root"},
        {"of", "of", "IN", "3", "case"},
        {"murder", "murder", "NN", "1", "nmod"}});
    assertThat(of(a, 8)).isEqualTo(Factuality.ASSERTED);
    assertThat(of(b, 3)).isEqualTo(Factuality.HYPOTHETICAL);
  }

  @Test
  void wouldUnderAnAnnouncementIsWhatWasToHappen() {
    // "The academy announced that she would return."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"academy", "academy", "NN", "2", "nsubj"},
        {"announced", "announce", "VBD", "-1", "root"},
        {"that", "that", "IN", "6", "mark"},
        {"she", "she", "PRP", "6", "nsubj"},
        {"would", "would", "MD", "6", "aux"},
        {"return", "return", "VB", "2", "ccomp"}});
    // "The coach said they would have placed him there.": a past that did not happen
    Analysis b = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"coach", "coach", "NN", "2", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"they", "they", "PRP", "6", "nsubj"},
        {"would", "would", "MD", "6", "aux"},
        {"have", "have", "VB", "6", "aux"},
        {"placed", "place", "VBN", "2", "ccomp"},
        {"him", "he", "PRP", "6", "obj"}});
    assertThat(of(a, 6)).isEqualTo(Factuality.PLANNED);
    assertThat(of(b, 6)).isEqualTo(Factuality.HYPOTHETICAL);
  }

  @Test
  void aNegationAboveAClauseWithItsOwnTenseDoesNotDenyIt() {
    // "It was not a coincidence that the dogs died.", the clause parsed on "coincidence"
    Analysis a = sentence(new String[][] {
        {"It", "it", "PRP", "4", "nsubj"},
        {"was", "be", "VBD", "4", "cop"},
        {"not", "not", "RB", "4", "advmod"},
        {"a", "a", "DT", "4", "det"},
        {"coincidence", "coincidence", "NN", "-1", "root"},
        {"that", "that", "IN", "8", "mark"},
        {"the", "the", "DT", "7", "det"},
        {"dogs", "dog", "NNS", "8", "nsubj"},
        {"died", "die", "VBD", "4", "ccomp"}});
    assertThat(of(a, 8)).isEqualTo(Factuality.ASSERTED);
  }
  @Test
  void aNegatedVerbDoesNotDenyAnEventNamedInsideItsObject() {
    // "The coroner did not provide the cause of death."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"coroner", "coroner", "NN", "4", "nsubj"},
        {"did", "do", "VBD", "4", "aux"},
        {"not", "not", "RB", "4", "advmod"},
        {"provide", "provide", "VB", "-1", "root"},
        {"the", "the", "DT", "6", "det"},
        {"cause", "cause", "NN", "4", "obj"},
        {"of", "of", "IN", "8", "case"},
        {"death", "death", "NN", "6", "nmod"},
        {".", ".", ".", "4", "punct"}});
    assertThat(of(a, 8)).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void aNegatedVerbThatIsNoSupportDoesNotDenyTheEventItIsAbout() {
    // "The subject did not see the explosion."
    Analysis a = negatedVerbWithObject("did", "do", "VBD", "see", "see", "VB", "the", "explosion");
    assertThat(of(a, 6)).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void aNegatedSupportVerbDeniesTheMeetingAndItsConjunct() {
    // "The council did not hold a meeting or a vote."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"council", "council", "NN", "4", "nsubj"},
        {"did", "do", "VBD", "4", "aux"},
        {"not", "not", "RB", "4", "advmod"},
        {"hold", "hold", "VB", "-1", "root"},
        {"a", "a", "DT", "6", "det"},
        {"meeting", "meeting", "NN", "4", "obj"},
        {"or", "or", "CC", "9", "cc"},
        {"a", "a", "DT", "9", "det"},
        {"vote", "vote", "NN", "6", "conj"},
        {".", ".", ".", "4", "punct"}});
    var factualities = new EventFactualities(new DependencyTree(a));
    assertThat(factualities.of(6, Optional.of(4))).isEqualTo(Factuality.DENIED);
    assertThat(of(a, 9)).isEqualTo(Factuality.DENIED);
  }

  @Test
  void theObjectOfADenialIsDeniedButNotAnEventBelowIt() {
    // "The group denied the bombing and responsibility for the fire."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"group", "group", "NN", "2", "nsubj"},
        {"denied", "deny", "VBD", "-1", "root"},
        {"the", "the", "DT", "4", "det"},
        {"bombing", "bombing", "NN", "2", "obj"},
        {"and", "and", "CC", "6", "cc"},
        {"responsibility", "responsibility", "NN", "4", "conj"},
        {"for", "for", "IN", "9", "case"},
        {"the", "the", "DT", "9", "det"},
        {"fire", "fire", "NN", "6", "nmod"},
        {".", ".", ".", "2", "punct"}});
    assertThat(of(a, 4)).isEqualTo(Factuality.DENIED);
    assertThat(of(a, 9)).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void aNegatedVerbDeniesAnIndefiniteEventObject() {
    // "The subject has not scored a goal."
    Analysis a = negatedVerbWithObject("has", "have", "VBZ", "scored", "score", "VBN", "a", "goal");
    assertThat(of(a, 6)).isEqualTo(Factuality.DENIED);
  }

  @Test
  void deniedAccusationsWereMade() {
    // "The mayor denied the accusations."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"mayor", "mayor", "NN", "2", "nsubj"},
        {"denied", "deny", "VBD", "-1", "root"},
        {"the", "the", "DT", "4", "det"},
        {"accusations", "accusation", "NNS", "2", "obj"},
        {".", ".", ".", "2", "punct"}});
    assertThat(of(a, 4)).isEqualTo(Factuality.ASSERTED);
  }
  @Test
  void aModalNegatedVerbLeavesADefiniteObjectGiven() {
    // "The subject could not see the explosion."
    Analysis a =
        negatedVerbWithObject("could", "could", "MD", "see", "see", "VB", "the", "explosion");
    assertThat(of(a, 6)).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void aFutureNegatedVerbKeepsTheEventItIsAboutPlanned() {
    // "The team will not play in the final."
    Analysis a = sentence(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"team", "team", "NN", "4", "nsubj"},
        {"will", "will", "MD", "4", "aux"},
        {"not", "not", "RB", "4", "advmod"},
        {"play", "play", "VB", "-1", "root"},
        {"in", "in", "IN", "7", "case"},
        {"the", "the", "DT", "7", "det"},
        {"final", "final", "NN", "4", "obl"},
        {".", ".", ".", "4", "punct"}});
    assertThat(of(a, 7)).isEqualTo(Factuality.PLANNED);
  }
}

