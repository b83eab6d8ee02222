package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

class PostNominalsTest {
  // "Counsel Tomas Vidal , QC , said Ana Ruiz lives in QC ."
  private static final String[][] ROWS = {
    {"Counsel", "counsel", "NN", "2", "compound"},
    {"Tomas", "Tomas", "NNP", "2", "compound"},
    {"Vidal", "Vidal", "NNP", "6", "nsubj"},
    {",", ",", ",", "4", "punct"},
    {"QC", "QC", "NNP", "2", "appos"},
    {",", ",", ",", "4", "punct"},
    {"said", "say", "VBD", "-1", "root"},
    {"Ana", "Ana", "NNP", "8", "compound"},
    {"Ruiz", "Ruiz", "NNP", "9", "nsubj"},
    {"lives", "live", "VBZ", "6", "ccomp"},
    {"in", "in", "IN", "11", "case"},
    {"QC", "QC", "NNP", "9", "obl"},
    {".", ".", ".", "6", "punct"},
  };

  private static final Analysis PARSE =
      HandParses.withPersons(ROWS, new int[] {1, 3}, new int[] {7, 9});

  private static NamedEntity place(int token) {
    return new NamedEntity(
        token,
        token + 1,
        PARSE.token(token).begin(),
        PARSE.token(token).end(),
        "QC",
        "STATE_OR_PROVINCE",
        "");
  }

  @Test
  void lettersBetweenCommasAfterAPersonsNameAreNoPlace() {
    assertThat(PostNominals.isPostNominal(withEntity(place(4)), place(4))).isTrue();
  }

  @Test
  void theSameLettersElsewhereStayAPlace() {
    assertThat(PostNominals.isPostNominal(withEntity(place(11)), place(11))).isFalse();
  }

  private static Analysis withEntity(NamedEntity extra) {
    List<NamedEntity> all = new ArrayList<>(PARSE.entities());
    all.add(extra);
    return new Analysis(
        PARSE.text(), PARSE.documentDate(), PARSE.tokens(), PARSE.sentences(), all, List.of());
  }
}
