package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityKeyMatchTest {
  @Test
  void aSurnameMatchesTheFullNameAndAShortNameTheLongOne() {
    assertThat(EntityKeyMatch.matches("mara-olsen", "olsen")).isTrue();
    assertThat(EntityKeyMatch.matches("security-council", "un-security-council")).isTrue();
  }

  @Test
  void aLongNameMisspeltByOneLetterMatches() {
    assertThat(EntityKeyMatch.matches("tomas-berglund", "tomas-berglunt")).isTrue();
    assertThat(EntityKeyMatch.matches("tomas-berglund", "tomas-bergland-jr")).isFalse();
  }

  @Test
  void shortNamesOneLetterApartAndNamesSharingOneWordStayApart() {
    assertThat(EntityKeyMatch.matches("iran", "iraq")).isFalse();
    assertThat(EntityKeyMatch.matches("united-states", "united-nations")).isFalse();
    assertThat(EntityKeyMatch.matches("north-korea", "south-korea")).isFalse();
  }

  @Test
  void setsMatchWhenAnyPairDoes() {
    assertThat(EntityKeyMatch.anyMatch(Set.of("x:paris", "x:lena-hart"), Set.of("x:hart"))).isTrue();
    assertThat(EntityKeyMatch.anyMatch(Set.of("x:paris"), Set.of("x:lyon", "x:hart"))).isFalse();
    assertThat(EntityKeyMatch.anyMatch(Set.of(), Set.of("x:hart"))).isFalse();
  }
}
