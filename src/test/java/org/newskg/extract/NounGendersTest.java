package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NounGendersTest {
  @Test
  void femaleNounsAreFeminine() {
    assertThat(NounGenders.of("spokeswoman")).contains(PersonGenders.Gender.FEMININE);
    assertThat(NounGenders.of("Mother")).contains(PersonGenders.Gender.FEMININE);
  }

  @Test
  void theMaleFormOfAFeminineNounIsMasculine() {
    assertThat(NounGenders.of("spokesman")).contains(PersonGenders.Gender.MASCULINE);
    assertThat(NounGenders.of("chairman")).contains(PersonGenders.Gender.MASCULINE);
    assertThat(NounGenders.of("father")).contains(PersonGenders.Gender.MASCULINE);
  }

  @Test
  void nounsOfRolesSayNoGender() {
    assertThat(NounGenders.of("official")).isEmpty();
    assertThat(NounGenders.of("governor")).isEmpty();
    assertThat(NounGenders.of("neighbor")).isEmpty();
  }
}
