package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameJoinsTest {
  @Test
  void initialsSkipFunctionWordsAndSplitHyphens() {
    assertThat(NameJoins.initials("United Nations")).contains("UN");
    assertThat(NameJoins.initials("North Atlantic Treaty Organization")).contains("NATO");
    assertThat(NameJoins.initials("Department of Homeland Security")).contains("DHS");
    assertThat(NameJoins.initials("Council on American-Islamic Relations")).contains("CAIR");
    assertThat(NameJoins.initials("Google")).isEmpty();
  }
}
