package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void countsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertThat(EditDistance.of("baughman", "baughman")).isZero();
    assertThat(EditDistance.of("bauchman", "baughman")).isEqualTo(1);
    assertThat(EditDistance.of("baughmann", "bauhman")).isEqualTo(2);
    assertThat(EditDistance.of("hrabowski", "hrabowksi")).isEqualTo(1);
    assertThat(EditDistance.of("", "abc")).isEqualTo(3);
  }
}
