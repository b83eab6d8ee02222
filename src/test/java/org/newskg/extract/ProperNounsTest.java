package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProperNounsTest {
  @Test
  void citiesAndStatesWordNetKnowsByNameAreDistricts() {
    assertThat(ProperNouns.isDistrict("Leeds")).isTrue();
    assertThat(ProperNouns.isDistrict("Kansas City")).isTrue();
    assertThat(ProperNouns.isDistrict("Ohio")).isTrue();
  }

  @Test
  void peninsulasRegionsAndCommonNounsAreNoDistricts() {
    // a peninsula, a region, a common noun first ("park"), a person before the city ("Lincoln")
    assertThat(ProperNouns.isDistrict("Korea")).isFalse();
    assertThat(ProperNouns.isDistrict("South")).isFalse();
    assertThat(ProperNouns.isDistrict("Park")).isFalse();
    assertThat(ProperNouns.isDistrict("Lincoln")).isFalse();
    assertThat(ProperNouns.isDistrict("Stadium")).isFalse();
  }

  @Test
  void peopleWordNetKnowsByNameWithSpacesForHyphens() {
    assertThat(ProperNouns.isPerson("Martin Luther King")).isTrue();
    assertThat(ProperNouns.isPerson("Jean Paul Sartre")).isTrue();
    assertThat(ProperNouns.isPerson("Memorial Hall")).isFalse();
  }

  @Test
  void aNameWordNetReadsAsAnotherIsUnknown() {
    // WordNet's morphology finds "Novgorod" for this name: not the name as written
    assertThat(ProperNouns.senseOf("Nizhny Novgorod")).isEmpty();
  }

  @Test
  void wordsWordNetDoesNotKnowAtAll() {
    assertThat(ProperNouns.isUnknown("Novo")).isTrue();
    assertThat(ProperNouns.isUnknown("Metro")).isFalse();
    assertThat(ProperNouns.isUnknown("Great")).isFalse();
  }
}
