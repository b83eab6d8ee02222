package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldingTest {
  @Test
  void romanisationVariantsFoldToOneForm() {
    assertThat(NameFolding.fold("Sergei")).isEqualTo(NameFolding.fold("Sergey"));
    assertThat(NameFolding.fold("Sergej")).isEqualTo(NameFolding.fold("Sergey"));
    assertThat(NameFolding.fold("Dmitry")).isEqualTo(NameFolding.fold("Dmitri"));
    assertThat(NameFolding.fold("Alexei")).isEqualTo(NameFolding.fold("Alexey"));
    assertThat(NameFolding.fold("Aleksej")).isEqualTo(NameFolding.fold("Alexey"));
    assertThat(NameFolding.fold("Yury")).isEqualTo(NameFolding.fold("Yuri"));
    assertThat(NameFolding.fold("Zelenskyy")).isEqualTo(NameFolding.fold("Zelensky"));
    assertThat(NameFolding.fold("Khodorkovsky")).isEqualTo(NameFolding.fold("Hodorkovsky"));
    assertThat(NameFolding.fold("Aleksandr")).isEqualTo(NameFolding.fold("Alexandr"));
    assertThat(NameFolding.fold("Lavrov")).isNotEqualTo(NameFolding.fold("Lavrova"));
  }

  @Test
  void variantsNeedTheSameFirstName() {
    assertThat(NameFolding.variant("Sergei Lavrov", "Sergey Lavrov")).contains("spellings");
    assertThat(NameFolding.variant("Mark Heller", "Mark Jay Heller"))
        .contains("a shorter and a longer form");
    assertThat(NameFolding.variant("Duncan Rait", "Duncan Raite")).contains("spellings");
    assertThat(NameFolding.variant("Joe Biden", "Hunter Biden")).isEmpty();
    assertThat(NameFolding.variant("Ann Lee", "Ann Lew")).isEmpty(); // short surnames: no
  }

  @Test
  void peopleWithDifferentFirstNamesAreNeverCompatible() {
    assertThat(NameFolding.compatible("Joe Biden", "Hunter Biden")).isFalse();
    assertThat(NameFolding.compatible("Alex Smith", "Alexander Smith")).isTrue();
    assertThat(NameFolding.compatible("Joseph R. Biden Jr.", "Joseph Biden")).isTrue();
    assertThat(NameFolding.compatible("Biden", "Hunter Biden")).isTrue(); // a surname alone
    // a surname of two words is the full name without its first name
    assertThat(NameFolding.compatible("Van Dam", "Pieter Van Dam")).isTrue();
    assertThat(NameFolding.compatible("Pieter Van Dam", "Lotte Van Dam")).isFalse();
  }

  @Test
  void oneEditCoversInsertionSubstitutionAndSwap() {
    assertThat(NameFolding.oneEditApart("rait", "raite")).isTrue();
    assertThat(NameFolding.oneEditApart("timmons", "timons")).isTrue();
    assertThat(NameFolding.oneEditApart("grigoropoulos", "grigoropuolos")).isTrue();
    assertThat(NameFolding.oneEditApart("heller", "keller")).isTrue();
    assertThat(NameFolding.oneEditApart("heller", "kelley")).isFalse();
  }
}
