package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Surnames NER left untagged, on hand parses of sentences written for this test. */
class UntaggedSurnamesTest {

  private static List<Entity> entities(String[][] rows, int[]... persons) {
    return new EntityExtractor().extract(HandParses.withPersons(rows, persons), List.of());
  }

  @Test
  void aSurnameThatIsAlsoACommonWordIsAMentionOfThePerson() {
    // "Jane Cook sued the board , and the board paid Cook ."
    List<Entity> found = entities(new String[][] {
        {"Jane", "Jane", "NNP", "1", "compound", "PERSON"},
        {"Cook", "Cook", "NNP", "2", "nsubj", "PERSON"},
        {"sued", "sue", "VBD", "-1", "root"},
        {"the", "the", "DT", "4", "det"},
        {"board", "board", "NN", "2", "obj"},
        {",", ",", ",", "9", "punct"},
        {"and", "and", "CC", "9", "cc"},
        {"the", "the", "DT", "8", "det"},
        {"board", "board", "NN", "9", "nsubj"},
        {"paid", "pay", "VBD", "2", "conj"},
        {"Cook", "cook", "NN", "9", "obj"},
        {".", ".", ".", "2", "punct"}}, new int[] {0, 2});
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook", "Cook");
  }

  @Test
  void aSurnameInsideAnotherNameOrOpeningASentenceWithoutAVerbIsLeftAlone() {
    // "Jane Cook moved to Cook County . Cook books sell well ."
    List<Entity> found = entities(new String[][] {
        {"Jane", "Jane", "NNP", "1", "compound", "PERSON"},
        {"Cook", "Cook", "NNP", "2", "nsubj", "PERSON"},
        {"moved", "move", "VBD", "-1", "root"},
        {"to", "to", "IN", "5", "case"},
        {"Cook", "Cook", "NNP", "5", "compound"},
        {"County", "County", "NNP", "2", "obl"},
        {".", ".", ".", "2", "punct"}}, new int[] {0, 2});
    assertThat(MentionTexts.of(found, "jane-cook")).containsExactly("Jane Cook");
  }

  @Test
  void aSurnameTwoPeopleShareNamesNeither() {
    // "Jane Cook met Tom Cook , and Cook left ."
    List<Entity> found = entities(new String[][] {
        {"Jane", "Jane", "NNP", "1", "compound", "PERSON"},
        {"Cook", "Cook", "NNP", "2", "nsubj", "PERSON"},
        {"met", "meet", "VBD", "-1", "root"},
        {"Tom", "Tom", "NNP", "4", "compound", "PERSON"},
        {"Cook", "Cook", "NNP", "2", "obj", "PERSON"},
        {",", ",", ",", "9", "punct"},
        {"and", "and", "CC", "8", "cc"},
        {"Cook", "cook", "NN", "8", "nsubj"},
        {"left", "leave", "VBD", "2", "conj"},
        {".", ".", ".", "2", "punct"}}, new int[] {0, 2}, new int[] {3, 5});
    assertThat(found).flatExtracting(Entity::mentions).extracting(EntityMention::text)
        .doesNotContain("Cook");
  }

  @Test
  void aSurnameJoinsTheFullNameThatEndsWithAGenerationalSuffix() {
    // "John Roe III testified , and Roe wept ."
    List<Entity> found = entities(new String[][] {
        {"John", "John", "NNP", "2", "compound", "PERSON"},
        {"Roe", "Roe", "NNP", "2", "compound", "PERSON"},
        {"III", "III", "NNP", "3", "nsubj", "PERSON"},
        {"testified", "testify", "VBD", "-1", "root"},
        {",", ",", ",", "7", "punct"},
        {"and", "and", "CC", "7", "cc"},
        {"Roe", "Roe", "NNP", "7", "nsubj", "PERSON"},
        {"wept", "weep", "VBD", "3", "conj"},
        {".", ".", ".", "3", "punct"}}, new int[] {0, 3}, new int[] {6, 7});
    assertThat(MentionTexts.of(found, "john-roe-iii")).containsExactly("John Roe III", "Roe");
  }
}
