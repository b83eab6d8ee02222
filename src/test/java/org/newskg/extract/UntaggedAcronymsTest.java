package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

/** Acronyms NER left untagged, on hand-made parses of sentences written for this test. */
class UntaggedAcronymsTest {
  private static final String ORG = "ORGANIZATION";

  /** A hand parse with the NER mentions given as [first token, end token) pairs, organizations. */
  private static Analysis withOrganizations(String[][] rows, int[]... spans) {
    Analysis a = HandParses.sentence(rows);
    List<NamedEntity> entities =
        java.util.Arrays.stream(spans)
            .map(
                s -> {
                  int begin = a.token(s[0]).begin();
                  int end = a.token(s[1] - 1).end();
                  String text = a.text().substring(begin, end);
                  return new NamedEntity(s[0], s[1], begin, end, text, ORG, "");
                })
            .toList();
    return new Analysis(a.text(), a.documentDate(), a.tokens(), a.sentences(), entities, List.of());
  }

  private static List<String> mentions(List<Entity> entities, String key) {
    return MentionTexts.of(entities, key);
  }

  @Test
  void anUntaggedAcronymOfTheArticlesOrganizationIsAMentionOfIt() {
    // "The Global Rivers Fund (GRF) warned, and GRF staff agreed ."
    Analysis a =
        withOrganizations(
            new String[][] {
              {"The", "the", "DT", "3", "det"},
              {"Global", "Global", "NNP", "3", "compound", ORG},
              {"Rivers", "Rivers", "NNP", "3", "compound", ORG},
              {"Fund", "Fund", "NNP", "7", "nsubj", ORG},
              {"(", "(", "-LRB-", "5", "punct"},
              {"GRF", "GRF", "NNP", "3", "appos"},
              {")", ")", "-RRB-", "5", "punct"},
              {"warned", "warn", "VBD", "-1", "root"},
              {",", ",", ",", "7", "punct"},
              {"and", "and", "CC", "12", "cc"},
              {"GRF", "GRF", "NNP", "11", "compound"},
              {"staff", "staff", "NN", "12", "nsubj"},
              {"agreed", "agree", "VBD", "7", "conj"},
              {".", ".", ".", "7", "punct"},
            },
            new int[] {1, 4});
    List<Entity> entities = new EntityExtractor().extract(a, List.of());
    assertThat(mentions(entities, "global-rivers-fund"))
        .containsExactly("Global Rivers Fund", "GRF", "GRF");
  }

  @Test
  void anAcronymOfTwoOrganizationsOrOfNoneStaysNothing() {
    // "The Global Rivers Fund and the Green Roads Foundation met GRF and ABC ."
    Analysis a =
        withOrganizations(
            new String[][] {
              {"The", "the", "DT", "3", "det"},
              {"Global", "Global", "NNP", "3", "compound", ORG},
              {"Rivers", "Rivers", "NNP", "3", "compound", ORG},
              {"Fund", "Fund", "NNP", "10", "nsubj", ORG},
              {"and", "and", "CC", "8", "cc"},
              {"the", "the", "DT", "8", "det"},
              {"Green", "Green", "NNP", "8", "compound", ORG},
              {"Roads", "Roads", "NNP", "8", "compound", ORG},
              {"Foundation", "Foundation", "NNP", "3", "conj", ORG},
              {"met", "meet", "VBD", "-1", "root"},
              {"GRF", "GRF", "NNP", "9", "obj"},
              {"and", "and", "CC", "12", "cc"},
              {"ABC", "ABC", "NNP", "10", "conj"},
              {".", ".", ".", "9", "punct"},
            },
            new int[] {1, 4},
            new int[] {6, 9});
    List<Entity> entities = new EntityExtractor().extract(a, List.of());
    assertThat(entities)
        .flatExtracting(Entity::mentions)
        .extracting(EntityMention::text)
        .doesNotContain("GRF", "ABC");
  }

  /** "Farmers of the UCRA union ( Regional Agrarian Cooperative Union ) left the UCRA ." */
  private static Analysis defined(String... expansion) {
    List<String[]> rows = new java.util.ArrayList<>();
    rows.add(new String[] {"Farmers", "farmer", "NNS", "6", "nsubj"});
    rows.add(new String[] {"of", "of", "IN", "4", "case"});
    rows.add(new String[] {"the", "the", "DT", "4", "det"});
    rows.add(new String[] {"UCRA", "UCRA", "NNP", "4", "compound"});
    rows.add(new String[] {"union", "union", "NN", "0", "nmod"});
    rows.add(new String[] {"(", "(", "-LRB-", "4", "punct"});
    for (String w : expansion) {
      rows.add(new String[] {w, w, "NNP", "4", "appos"});
    }
    rows.add(new String[] {")", ")", "-RRB-", "4", "punct"});
    rows.add(new String[] {"left", "leave", "VBD", "-1", "root"});
    int left = rows.size() - 1;
    rows.add(new String[] {"the", "the", "DT", String.valueOf(left + 2), "det"});
    // NER's misreading of a word in capitals: an acronym defined in the article is one anyway
    rows.add(new String[] {"UCRA", "UCRA", "NNP", String.valueOf(left), "obj", "MISC"});
    rows.add(new String[] {".", ".", ".", String.valueOf(left), "punct"});
    for (String[] r : rows) {
      if (r[0].equals("Farmers")) {
        r[3] = String.valueOf(left);
      }
    }
    Analysis a = HandParses.sentence(rows.toArray(new String[0][]));
    int last = rows.size() - 2;
    NamedEntity misc =
        new NamedEntity(
            last, last + 1, a.token(last).begin(), a.token(last).end(), "UCRA", "MISC", "");
    return new Analysis(
        a.text(), a.documentDate(), a.tokens(), a.sentences(), List.of(misc), List.of());
  }

  @Test
  void anAcronymDefinedByItsExpansionInParenthesesNamesWhatTheExpansionNames() {
    // the expansion's initials in another order: a name translated from another language
    List<Entity> entities =
        new EntityExtractor()
            .extract(defined("Regional", "Agrarian", "Cooperative", "Union"), List.of());
    Entity union =
        entities.stream()
            .filter(e -> e.key().equals("regional-agrarian-cooperative-union"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no expansion in " + entities));
    assertThat(union.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(union.mentions())
        .extracting(EntityMention::text)
        // the noun the expansion is in apposition to describes it too
        .containsExactly("the UCRA union", "UCRA", "Regional Agrarian Cooperative Union", "UCRA");
  }

  @Test
  void wordsInParenthesesThatDoNotSpellTheAcronymAreNoName() {
    List<Entity> entities =
        new EntityExtractor().extract(defined("Northern", "Farm", "Group"), List.of());
    assertThat(entities).isEmpty();
  }
}
