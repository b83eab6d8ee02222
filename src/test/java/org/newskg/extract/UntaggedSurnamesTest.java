package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/** Surnames NER left untagged, on hand parses of sentences written for this test. */
class UntaggedSurnamesTest {

  /** The hand parse with NER's person mentions at the given [first, end) token ranges. */
  private static List<Entity> entities(String[][] rows, int[]... persons) {
    Analysis parsed = HandParses.sentence(rows);
    List<Token> t = parsed.tokens();
    List<NamedEntity> tagged = new ArrayList<>();
    for (int[] p : persons) {
      String text = parsed.text().substring(t.get(p[0]).begin(), t.get(p[1] - 1).end());
      tagged.add(new NamedEntity(p[0], p[1], t.get(p[0]).begin(), t.get(p[1] - 1).end(), text, "PERSON", ""));
    }
    Analysis a = new Analysis(parsed.text(), parsed.documentDate(), t, parsed.sentences(), tagged, List.of());
    return new EntityExtractor().extract(a, List.of());
  }

  private static List<String> mentionsOf(List<Entity> entities, String key) {
    return entities.stream()
        .filter(e -> e.key().equals(key))
        .flatMap(e -> e.mentions().stream())
        .map(EntityMention::text)
        .toList();
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
    assertThat(mentionsOf(found, "jane-cook")).containsExactly("Jane Cook", "Cook");
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
    assertThat(mentionsOf(found, "jane-cook")).containsExactly("Jane Cook");
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
    assertThat(mentionsOf(found, "john-roe-iii")).containsExactly("John Roe III", "Roe");
  }
}
