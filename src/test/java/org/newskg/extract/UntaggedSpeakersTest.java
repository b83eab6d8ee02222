package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;

/** Names NER left untagged that speak, on hand parses of sentences written for this test. */
class UntaggedSpeakersTest {

  private static List<Entity> entities(String[][] rows) {
    Analysis a = HandParses.sentence(rows);
    return new EntityExtractor().extract(a, List.of());
  }

  private static List<String> typed(List<Entity> entities) {
    return entities.stream().map(e -> e.type() + " " + e.key()).toList();
  }

  @Test
  void anUntaggedRunOfProperNounsThatAnnouncesIsAnOrganization() {
    // "Brackwater Studios announced that filming starts soon ."
    List<Entity> found = entities(new String[][] {
        {"Brackwater", "Brackwater", "NNP", "1", "compound"},
        {"Studios", "Studios", "NNP", "2", "nsubj"},
        {"announced", "announce", "VBD", "-1", "root"},
        {"that", "that", "IN", "5", "mark"},
        {"filming", "filming", "NN", "5", "nsubj"},
        {"starts", "start", "VBZ", "2", "ccomp"},
        {"soon", "soon", "RB", "5", "advmod"},
        {".", ".", ".", "2", "punct"}});
    assertThat(typed(found)).containsExactly("ORGANIZATION brackwater-studios");
  }

  @Test
  void aNameOpeningWithAKnownFirstNameIsAPerson() {
    // "Prices will rise , said Martha Quillfeather ."
    List<Entity> found = entities(new String[][] {
        {"Prices", "price", "NNS", "2", "nsubj"},
        {"will", "will", "MD", "2", "aux"},
        {"rise", "rise", "VB", "4", "ccomp"},
        {",", ",", ",", "4", "punct"},
        {"said", "say", "VBD", "-1", "root"},
        {"Martha", "Martha", "NNP", "6", "compound"},
        {"Quillfeather", "Quillfeather", "NNP", "4", "nsubj"},
        {".", ".", ".", "4", "punct"}});
    assertThat(typed(found)).containsExactly("PERSON martha-quillfeather");
  }

  @Test
  void aLoneCapitalisedCommonNounOrAWordWrittenInLowerCaseIsNoName() {
    // "Management said the plant would close ."
    assertThat(entities(new String[][] {
        {"Management", "Management", "NNP", "1", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"the", "the", "DT", "3", "det"},
        {"plant", "plant", "NN", "5", "nsubj"},
        {"would", "would", "MD", "5", "aux"},
        {"close", "close", "VB", "1", "ccomp"},
        {".", ".", ".", "1", "punct"}})).isEmpty();
    // "Brackwater said the brackwater rose ." (a word the text also writes in lower case)
    assertThat(entities(new String[][] {
        {"Brackwater", "Brackwater", "NNP", "1", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"the", "the", "DT", "3", "det"},
        {"brackwater", "brackwater", "NN", "4", "nsubj"},
        {"rose", "rise", "VBD", "1", "ccomp"},
        {".", ".", ".", "1", "punct"}})).isEmpty();
  }

  /** "After {owner} Records ' sale , Summit said nothing changed ." */
  private static List<Entity> summitSaidAfterSaleOf(String owner) {
    return entities(new String[][] {
        {"After", "after", "IN", "4", "case"},
        {owner, owner, "NNP", "2", "compound"},
        {"Records", "Records", "NNP", "4", "nmod:poss"},
        {"'", "'", "POS", "2", "case"},
        {"sale", "sale", "NN", "7", "obl"},
        {",", ",", ",", "7", "punct"},
        {"Summit", "Summit", "NNP", "7", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"nothing", "nothing", "NN", "9", "nsubj"},
        {"changed", "change", "VBD", "7", "ccomp"},
        {".", ".", ".", "7", "punct"}});
  }

  @Test
  void aLoneCommonWordThatBeginsALongerUntaggedNameIsThatName() {
    assertThat(summitSaidAfterSaleOf("Summerhill")).isEmpty(); // "Summit" begins no longer name
    List<Entity> shortened = summitSaidAfterSaleOf("Summit");
    assertThat(typed(shortened)).containsExactly("ORGANIZATION summit-records");
    assertThat(MentionTexts.of(shortened, "summit-records")).containsExactly("Summit");
  }

  @Test
  void aBareLowerCaseWordNoDictionaryKnowsIsAnOrganizationButAPronounIsNot() {
    // "Rates rose , zqnews reported , and everyone agreed ."
    List<Entity> found = entities(new String[][] {
        {"Rates", "rate", "NNS", "1", "nsubj"},
        {"rose", "rise", "VBD", "4", "ccomp"},
        {",", ",", ",", "4", "punct"},
        {"zqnews", "zqnews", "NN", "4", "nsubj"},
        {"reported", "report", "VBD", "-1", "root"},
        {",", ",", ",", "8", "punct"},
        {"and", "and", "CC", "8", "cc"},
        {"everyone", "everyone", "NN", "8", "nsubj"},
        {"agreed", "agree", "VBD", "4", "conj"},
        {".", ".", ".", "4", "punct"}});
    assertThat(typed(found)).containsExactly("ORGANIZATION zqnews");
  }

  @Test
  void aNameInsideAQuotedTitleIsLeftAlone() {
    // "The post was headed “ Brackwater Studios announces a sequel ” ."
    List<Entity> found = entities(new String[][] {
        {"The", "the", "DT", "1", "det"},
        {"post", "post", "NN", "3", "nsubj:pass"},
        {"was", "be", "VBD", "3", "aux:pass"},
        {"headed", "head", "VBN", "-1", "root"},
        {"\u201c", "\u201c", "``", "7", "punct"},
        {"Brackwater", "Brackwater", "NNP", "6", "compound"},
        {"Studios", "Studios", "NNP", "7", "nsubj"},
        {"announces", "announce", "VBZ", "3", "ccomp"},
        {"a", "a", "DT", "9", "det"},
        {"sequel", "sequel", "NN", "7", "obj"},
        {"\u201d", "\u201d", "''", "7", "punct"},
        {".", ".", ".", "3", "punct"}});
    assertThat(found).isEmpty();
  }
}
