package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

class FacilityNamesTest {
  private static NamedEntity organization(Analysis a, int first, int end) {
    int begin = a.token(first).begin();
    int stop = a.token(end - 1).end();
    return new NamedEntity(
        first, end, begin, stop, a.text().substring(begin, stop), "ORGANIZATION", "");
  }

  private static Analysis visited(String name, String last) {
    // "Guests visited the Harbour View <last> ."
    return HandParses.sentence(
        new String[][] {
          {"Guests", "guest", "NNS", "1", "nsubj"},
          {"visited", "visit", "VBD", "-1", "root"},
          {"the", "the", "DT", "5", "det"},
          {name, name, "NNP", "5", "compound"},
          {"View", "View", "NNP", "5", "compound"},
          {last, last, last.endsWith("s") ? "NNPS" : "NNP", "1", "obj"},
          {".", ".", ".", "1", "punct"},
        });
  }

  /** Whether "the Harbour View {last}", tagged an organization and visited, is a place. */
  private static boolean visitedIsFacility(String last) {
    Analysis a = visited("Harbour", last);
    return FacilityNames.isFacility(a, organization(a, 3, 6));
  }

  @Test
  void anOrganizationNamedForATowerOrStationIsAPlace() {
    assertThat(visitedIsFacility("Towers")).isTrue();
    assertThat(visitedIsFacility("Station")).isTrue();
  }

  @Test
  void institutionsAndHousesStayOrganizations() {
    assertThat(visitedIsFacility("Prison")).isFalse();
    assertThat(visitedIsFacility("House")).isFalse();
  }

  @Test
  void aBuildingThatActsIsTheOrganizationInsideIt() {
    // "Harbour Hospital said nothing ."
    Analysis said =
        HandParses.sentence(
            new String[][] {
              {"Harbour", "Harbour", "NNP", "1", "compound"},
              {"Hospital", "Hospital", "NNP", "2", "nsubj"},
              {"said", "say", "VBD", "-1", "root"},
              {"nothing", "nothing", "NN", "2", "obj"},
              {".", ".", ".", "2", "punct"},
            });
    assertThat(FacilityNames.isFacility(said, organization(said, 0, 2))).isFalse();
  }
}
