package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

class SplitPlaceNamesTest {
  // "Rangers toured South Australia and France ."
  private static final Analysis TOUR =
      HandParses.sentence(
          new String[][] {
            {"Rangers", "ranger", "NNPS", "1", "nsubj"},
            {"toured", "tour", "VBD", "-1", "root"},
            {"South", "South", "NNP", "3", "compound"},
            {"Australia", "Australia", "NNP", "1", "obj"},
            {"and", "and", "CC", "5", "cc"},
            {"France", "France", "NNP", "3", "conj"},
            {".", ".", ".", "1", "punct"},
          });

  private static NamedEntity entity(Analysis a, int first, int end, String type) {
    int begin = a.token(first).begin();
    int stop = a.token(end - 1).end();
    return new NamedEntity(first, end, begin, stop, a.text().substring(begin, stop), type, "");
  }

  @Test
  void aLocationModifyingTheCountryNamedAfterItIsOnePlaceNoLongerTheCountry() {
    List<NamedEntity> joined =
        SplitPlaceNames.join(
            TOUR,
            List.of(entity(TOUR, 2, 3, "LOCATION"), entity(TOUR, 3, 4, "COUNTRY"),
                entity(TOUR, 5, 6, "COUNTRY")));
    assertThat(joined).extracting(NamedEntity::text).containsExactly("South Australia", "France");
    assertThat(joined.get(0).type()).isEqualTo("LOCATION");
  }

  @Test
  void placesSideBySideWithoutCompoundingStayTwo() {
    // "Rangers toured Victoria Australia": no compound between them in this parse.
    Analysis a =
        HandParses.sentence(
            new String[][] {
              {"Rangers", "ranger", "NNPS", "1", "nsubj"},
              {"toured", "tour", "VBD", "-1", "root"},
              {"Victoria", "Victoria", "NNP", "1", "obj"},
              {"Australia", "Australia", "NNP", "2", "appos"},
            });
    List<NamedEntity> joined =
        SplitPlaceNames.join(a, List.of(entity(a, 2, 3, "LOCATION"), entity(a, 3, 4, "COUNTRY")));
    assertThat(joined).extracting(NamedEntity::text).containsExactly("Victoria", "Australia");
  }
}
