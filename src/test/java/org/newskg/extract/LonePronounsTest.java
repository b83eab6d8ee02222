package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * Pronouns coreference left out of every chain, on hand parses (no chains at all) of sentences
 * written for this test.
 */
class LonePronounsTest {

  private static List<Entity> entities(String[][] rows, int[]... persons) {
    return new EntityExtractor().extract(HandParses.withPersons(rows, persons), List.of());
  }

  /** "{first} {last} met {other} , and she smiled ." with the two names tagged as persons. */
  private static List<Entity> metAndSmiled(String first, String last, String... other) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {first, first, "NNP", "1", "compound", "PERSON"});
    rows.add(new String[] {last, last, "NNP", "2", "nsubj", "PERSON"});
    rows.add(new String[] {"met", "meet", "VBD", "-1", "root"});
    for (int i = 0; i < other.length; i++) {
      boolean head = i == other.length - 1;
      rows.add(new String[] {other[i], other[i], "NNP", head ? "2" : String.valueOf(3 + other.length - 1),
          head ? "obj" : "compound", "PERSON"});
    }
    int n = rows.size();
    rows.add(new String[] {",", ",", ",", String.valueOf(n + 3), "punct"});
    rows.add(new String[] {"and", "and", "CC", String.valueOf(n + 3), "cc"});
    rows.add(new String[] {"she", "she", "PRP", String.valueOf(n + 3), "nsubj"});
    rows.add(new String[] {"smiled", "smile", "VBD", "2", "conj"});
    rows.add(new String[] {".", ".", ".", "2", "punct"});
    return entities(rows.toArray(String[][]::new), new int[] {0, 2}, new int[] {3, 3 + other.length});
  }

  @Test
  void aLonePronounIsTheOnePersonOfItsGenderBeforeIt() {
    List<Entity> found = metAndSmiled("Jane", "Cook", "Tom", "Blake");
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook", "she");
    assertThat(MentionTexts.of(found, "tom-blake")).containsExactly("Tom Blake");
  }

  @Test
  void twoPeopleOfOneGenderLeaveThePronounAlone() {
    List<Entity> found = metAndSmiled("Jane", "Cook", "Ana", "Ruiz");
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook");
    assertThat(MentionTexts.of(found, "ana-ruiz")).containsExactly("Ana Ruiz");
  }

  @Test
  void aPersonOfUnknownGenderIsARival() {
    // "Blake" alone has no first name, so no gender: either may be meant
    List<Entity> found = metAndSmiled("Jane", "Cook", "Blake");
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook");
  }

  @Test
  void aPersonDescribedByACommonNounIsARival() {
    // "Jane Cook met the driver , and she smiled ."
    List<Entity> found = entities(new String[][] {
        {"Jane", "Jane", "NNP", "1", "compound", "PERSON"},
        {"Cook", "Cook", "NNP", "2", "nsubj", "PERSON"},
        {"met", "meet", "VBD", "-1", "root"},
        {"the", "the", "DT", "4", "det"},
        {"driver", "driver", "NN", "2", "obj"},
        {",", ",", ",", "8", "punct"},
        {"and", "and", "CC", "8", "cc"},
        {"she", "she", "PRP", "8", "nsubj"},
        {"smiled", "smile", "VBD", "2", "conj"},
        {".", ".", ".", "2", "punct"}}, new int[] {0, 2});
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook");
  }

  @Test
  void aNounOfPeopleThatModifiesAnotherIsNoRival() {
    // "Jane Cook saw the gang shooting , and she ran .": "gang" names no one, it says which shooting
    List<Entity> found = entities(new String[][] {
        {"Jane", "Jane", "NNP", "1", "compound", "PERSON"},
        {"Cook", "Cook", "NNP", "2", "nsubj", "PERSON"},
        {"saw", "see", "VBD", "-1", "root"},
        {"the", "the", "DT", "5", "det"},
        {"gang", "gang", "NN", "5", "compound"},
        {"shooting", "shooting", "NN", "2", "obj"},
        {",", ",", ",", "9", "punct"},
        {"and", "and", "CC", "9", "cc"},
        {"she", "she", "PRP", "9", "nsubj"},
        {"ran", "run", "VBD", "2", "conj"},
        {".", ".", ".", "2", "punct"}}, new int[] {0, 2});
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook", "she");
  }

  @Test
  void aPronounInsideAQuoteIsLeftAlone() {
    // "Jane Cook said “ she left ” ."
    List<Entity> found = entities(new String[][] {
        {"Jane", "Jane", "NNP", "1", "compound", "PERSON"},
        {"Cook", "Cook", "NNP", "2", "nsubj", "PERSON"},
        {"said", "say", "VBD", "-1", "root"},
        {"“", "``", "``", "5", "punct"},
        {"she", "she", "PRP", "5", "nsubj"},
        {"left", "leave", "VBD", "2", "ccomp"},
        {"”", "''", "''", "5", "punct"},
        {".", ".", ".", "2", "punct"}}, new int[] {0, 2});
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook");
  }

  @Test
  void aPronounInsideAQuoteRunningOverALineBreakIsLeftAlone() {
    // "Jane Cook said : “ The plan is good . ¶ She left early . ”": the quote's second line opens
    // a paragraph with no mark of its own, and its "She" is still the speaker's words
    Analysis parsed = HandParses.lines(
        new String[][] {
            {"Jane", "Jane", "NNP", "1", "compound", "PERSON"},
            {"Cook", "Cook", "NNP", "2", "nsubj", "PERSON"},
            {"said", "say", "VBD", "-1", "root"},
            {":", ":", ":", "2", "punct"},
            {"“", "``", "``", "8", "punct"},
            {"The", "the", "DT", "6", "det"},
            {"plan", "plan", "NN", "8", "nsubj"},
            {"is", "be", "VBZ", "8", "cop"},
            {"good", "good", "JJ", "2", "ccomp"},
            {".", ".", ".", "2", "punct"}},
        new String[][] {
            {"She", "she", "PRP", "1", "nsubj"},
            {"left", "leave", "VBD", "-1", "root"},
            {"early", "early", "RB", "1", "advmod"},
            {".", ".", ".", "1", "punct"},
            {"”", "''", "''", "1", "punct"}});
    List<Entity> found =
        new EntityExtractor().extract(HandParses.withPersons(parsed, new int[] {0, 2}), List.of());
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook");
  }

  @Test
  void aChainOfPronounsAloneJoinsThePersonWhole() {
    // "Jane Cook won , and she said her team helped ." with "she" and "her" in one chain
    Analysis parsed = HandParses.sentence(new String[][] {
        {"Jane", "Jane", "NNP", "1", "compound", "PERSON"},
        {"Cook", "Cook", "NNP", "2", "nsubj", "PERSON"},
        {"won", "win", "VBD", "-1", "root"},
        {",", ",", ",", "6", "punct"},
        {"and", "and", "CC", "6", "cc"},
        {"she", "she", "PRP", "6", "nsubj"},
        {"said", "say", "VBD", "2", "conj"},
        {"her", "her", "PRP$", "8", "nmod:poss"},
        {"team", "team", "NN", "9", "nsubj"},
        {"helped", "help", "VBD", "6", "ccomp"},
        {".", ".", ".", "2", "punct"}});
    List<Token> t = parsed.tokens();
    NamedEntity jane = new NamedEntity(0, 2, t.get(0).begin(), t.get(1).end(), "Jane Cook", "PERSON", "");
    CorefMention she = new CorefMention(5, 6, 5, t.get(5).begin(), t.get(5).end(), "she", MentionKind.PRONOMINAL);
    CorefMention her = new CorefMention(7, 8, 7, t.get(7).begin(), t.get(7).end(), "her", MentionKind.PRONOMINAL);
    Analysis a = new Analysis(parsed.text(), parsed.documentDate(), t, parsed.sentences(), List.of(jane),
        List.of(new CorefChain(1, she, List.of(she, her))));
    List<Entity> found = new EntityExtractor().extract(a, List.of());
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook", "she", "her");
  }
}
