package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

/** A side's people in the plural as its team, on a hand parse of a sentence written for it. */
class NationalTeamPeopleTest {

  private static NamedEntity country(Analysis a, int token) {
    return new NamedEntity(
        token, token + 1, a.token(token).begin(), a.token(token).end(), a.token(token).word(),
        "COUNTRY", "");
  }

  private static Analysis match(String people) {
    // "Chile beat Peru 2 - 0 and the Chileans led ."
    Analysis a =
        HandParses.sentence(
            new String[][] {
              {"Chile", "Chile", "NNP", "1", "nsubj", "COUNTRY"},
              {"beat", "beat", "VBD", "-1", "root"},
              {"Peru", "Peru", "NNP", "1", "obj", "COUNTRY"},
              {"2", "2", "CD", "1", "obl"},
              {"-", "-", "HYPH", "5", "punct"},
              {"0", "0", "CD", "3", "nummod"},
              {"and", "and", "CC", "9", "cc"},
              {"the", "the", "DT", "8", "det"},
              {people, people, "NNPS", "9", "nsubj", "MISC"},
              {"led", "lead", "VBD", "1", "conj"},
              {".", ".", ".", "1", "punct"},
            });
    return new Analysis(
        a.text(), a.documentDate(), a.tokens(), a.sentences(),
        List.of(country(a, 0), country(a, 2)), List.of());
  }

  @Test
  void theSidesPeopleAreItsTeam() {
    List<Entity> entities = new EntityExtractor().extract(match("Chileans"), List.of());
    assertThat(entities)
        .filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Chileans")))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION))
        .satisfies(e -> assertThat(e.mentions()).extracting(EntityMention::text).contains("Chile"));
  }

  @Test
  void anotherCountrysPeopleAreNoTeam() {
    List<Entity> entities = new EntityExtractor().extract(match("Italians"), List.of());
    assertThat(entities)
        .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Italians")));
  }
}
