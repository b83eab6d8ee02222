package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;

/** Groups of a tournament NER left untagged, on hand parses of sentences written for this test. */
class TournamentGroupsTest {

  @Test
  void aGroupLetterNamesAnOrganization() {
    // "Chile topped Group B after the last game in Group B ."
    Analysis a =
        HandParses.sentence(
            new String[][] {
              {"Chile", "Chile", "NNP", "1", "nsubj"},
              {"topped", "top", "VBD", "-1", "root"},
              {"Group", "Group", "NNP", "1", "obj"},
              {"B", "B", "NNP", "2", "compound"},
              {"after", "after", "IN", "7", "case"},
              {"the", "the", "DT", "7", "det"},
              {"last", "last", "JJ", "7", "amod"},
              {"game", "game", "NN", "1", "obl"},
              {"in", "in", "IN", "9", "case"},
              {"Group", "Group", "NNP", "7", "nmod"},
              {"B", "B", "NNP", "9", "compound"},
              {".", ".", ".", "1", "punct"},
            });
    List<Entity> entities = new EntityExtractor().extract(a, List.of());
    assertThat(entities)
        .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .flatExtracting(Entity::mentions)
        .extracting(EntityMention::text)
        .containsExactly("Group B", "Group B");
  }

  @Test
  void aGroupLetterBeforeALowerCaseNounIsNoName() {
    // "Doctors found Group A bacteria ."
    Analysis a =
        HandParses.sentence(
            new String[][] {
              {"Doctors", "doctor", "NNS", "1", "nsubj"},
              {"found", "find", "VBD", "-1", "root"},
              {"Group", "Group", "NNP", "4", "compound"},
              {"A", "A", "NNP", "4", "compound"},
              {"bacteria", "bacteria", "NNS", "1", "obj"},
              {".", ".", ".", "1", "punct"},
            });
    assertThat(new EntityExtractor().extract(a, List.of()))
        .noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }
}
