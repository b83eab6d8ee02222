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

  @Test
  void anOrganizationNamedForATowerOrStationIsAPlace() {
    Analysis towers = visited("Harbour", "Towers");
    assertThat(FacilityNames.isFacility(towers, organization(towers, 3, 6))).isTrue();
    Analysis station = visited("Harbour", "Station");
    assertThat(FacilityNames.isFacility(station, organization(station, 3, 6))).isTrue();
  }

  @Test
  void institutionsAndHousesStayOrganizations() {
    Analysis prison = visited("Harbour", "Prison");
    assertThat(FacilityNames.isFacility(prison, organization(prison, 3, 6))).isFalse();
    Analysis house = visited("Harbour", "House");
    assertThat(FacilityNames.isFacility(house, organization(house, 3, 6))).isFalse();
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
