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

/**
 * Persons' names NER tagged as organizations, and "we" chained to a person, on hand parses of
 * sentences written for this test.
 */
class OrganizationTaggedPersonsTest {

  /** A hand parse with NER mentions given as {first token, end token, type}. */
  private static Analysis withEntities(String[][] rows, Object[]... mentions) {
    Analysis a = HandParses.sentence(rows);
    List<NamedEntity> entities = new ArrayList<>();
    for (Object[] m : mentions) {
      int first = (Integer) m[0];
      int end = (Integer) m[1];
      int begin = a.token(first).begin();
      int stop = a.token(end - 1).end();
      entities.add(
          new NamedEntity(first, end, begin, stop, a.text().substring(begin, stop), (String) m[2], ""));
    }
    return new Analysis(a.text(), a.documentDate(), a.tokens(), a.sentences(), entities, List.of());
  }

  private static EntityType typeOf(List<Entity> entities, String mention) {
    return entities.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
        .map(Entity::type)
        .findFirst()
        .orElseThrow();
  }

  private static final String[][] LIST_OF_PLAYERS = {
    {"Ann", "Ann", "NNP", "1", "compound"},
    {"Lee", "Lee", "NNP", "8", "nsubj"},
    {",", ",", ",", "1", "punct"},
    {"Bob", "Bob", "NNP", "4", "compound"},
    {"Hart", "Hart", "NNP", "1", "conj"},
    {"and", "and", "CC", "7", "cc"},
    {"John", "John", "NNP", "7", "compound"},
    {"Stones", "Stones", "NNPS", "1", "conj"},
    {"scored", "score", "VBD", "-1", "root"},
    {".", ".", ".", "8", "punct"},
  };

  @Test
  void aFirstNameInAListOfPersonsIsAPerson() {
    // "Ann Lee, Bob Hart and John Stones scored."
    Analysis a =
        withEntities(
            LIST_OF_PLAYERS,
            new Object[] {0, 2, "PERSON"},
            new Object[] {3, 5, "PERSON"},
            new Object[] {6, 8, "ORGANIZATION"});
    assertThat(typeOf(new EntityExtractor().extract(a, List.of()), "John Stones"))
        .isEqualTo(EntityType.PERSON);
  }

  @Test
  void oneNameBesideOnePersonStaysAnOrganization() {
    // "Ann Lee, Bob Hart and John Stones scored." with only Ann Lee tagged a person
    Analysis a =
        withEntities(
            LIST_OF_PLAYERS, new Object[] {0, 2, "PERSON"}, new Object[] {6, 8, "ORGANIZATION"});
    assertThat(typeOf(new EntityExtractor().extract(a, List.of()), "John Stones"))
        .isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void theSurnameOfAPersonTaggedAnOrganizationIsThePerson() {
    // "Donald Rudd spoke after Rudd aid came ."
    Analysis a =
        withEntities(
            new String[][] {
              {"Donald", "Donald", "NNP", "1", "compound"},
              {"Rudd", "Rudd", "NNP", "2", "nsubj"},
              {"spoke", "speak", "VBD", "-1", "root"},
              {"after", "after", "IN", "6", "mark"},
              {"Rudd", "Rudd", "NNP", "5", "compound"},
              {"aid", "aid", "NN", "6", "nsubj"},
              {"came", "come", "VBD", "2", "advcl"},
              {".", ".", ".", "2", "punct"},
            },
            new Object[] {0, 2, "PERSON"},
            new Object[] {4, 5, "ORGANIZATION"});
    List<Entity> entities = new EntityExtractor().extract(a, List.of());
    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void weIsNotOnePerson() {
    // "Ann Lee said we won and she smiled ."
    Analysis parsed =
        withEntities(
            new String[][] {
              {"Ann", "Ann", "NNP", "1", "compound"},
              {"Lee", "Lee", "NNP", "2", "nsubj"},
              {"said", "say", "VBD", "-1", "root"},
              {"we", "we", "PRP", "4", "nsubj"},
              {"won", "win", "VBD", "2", "ccomp"},
              {"and", "and", "CC", "8", "cc"},
              {"she", "she", "PRP", "7", "nsubj"},
              {"smiled", "smile", "VBD", "2", "conj"},
              {".", ".", ".", "2", "punct"},
            },
            new Object[] {0, 2, "PERSON"});
    CorefMention name = mention(parsed, 0, 2, 1, MentionKind.PROPER);
    CorefChain chain =
        new CorefChain(
            1,
            name,
            List.of(
                name,
                mention(parsed, 3, 4, 3, MentionKind.PRONOMINAL),
                mention(parsed, 6, 7, 6, MentionKind.PRONOMINAL)));
    Analysis a =
        new Analysis(
            parsed.text(),
            parsed.documentDate(),
            parsed.tokens(),
            parsed.sentences(),
            parsed.entities(),
            List.of(chain));
    List<Entity> entities = new EntityExtractor().extract(a, List.of());
    assertThat(entities)
        .flatExtracting(Entity::mentions)
        .extracting(EntityMention::text)
        .contains("she")
        .doesNotContain("we");
  }

  private static CorefMention mention(Analysis a, int first, int end, int head, MentionKind kind) {
    int begin = a.token(first).begin();
    int stop = a.token(end - 1).end();
    return new CorefMention(first, end, head, begin, stop, a.text().substring(begin, stop), kind);
  }
}
