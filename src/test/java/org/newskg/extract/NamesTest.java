package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void keyFoldsCaseAccentsAndAbbreviationDots() {
    assertThat(Names.key("U.S.")).isEqualTo("us");
    assertThat(Names.key("US")).isEqualTo("us");
    assertThat(Names.key("U.N. Security Council")).isEqualTo("un-security-council");
    assertThat(Names.key("José Martí")).isEqualTo("jose-marti");
    assertThat(Names.key("Thomas-Greenfield")).isEqualTo(Names.key("Thomas Greenfield"));
    assertThat(Names.key("St. Petersburg")).isEqualTo("st-petersburg");
  }

  @Test
  void bareDropsLeadingArticleAndPossessive() {
    assertThat(Names.bare("the Kremlin’s")).isEqualTo("Kremlin");
    assertThat(Names.bare("The Washington Post")).isEqualTo("Washington Post");
    assertThat(Names.bare("Ukraine's")).isEqualTo("Ukraine");
    assertThat(Names.bare("Theodore")).isEqualTo("Theodore");
  }

  @Test
  void aGenerationalSuffixIsNoPartOfAPersonsSurname() {
    assertThat(Names.personWords("John Roe Jr.")).containsExactly("John", "Roe");
    assertThat(Names.personWords("Anna Roe III")).containsExactly("Anna", "Roe");
    assertThat(Names.personWords("Malcolm X")).containsExactly("Malcolm", "X");
    assertThat(Names.personWords("Ivy Sr")).containsExactly("Ivy", "Sr");
  }
}
