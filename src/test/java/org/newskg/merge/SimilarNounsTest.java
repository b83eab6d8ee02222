package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.WordNet;
import org.newskg.nlp.WordVectors;

class SimilarNounsTest {
  private final SimilarNouns nouns = new SimilarNouns(WordVectors.get(), WordNet.get(), 0.75);

  @Test
  void nounsCloseInTheVectorsAreAlike() {
    assertThat(nouns.similar("offender", "inmate")).isTrue();
    assertThat(nouns.similar("starlet", "actress")).isTrue();
    assertThat(nouns.similar("inmate", "inmate")).isTrue();
  }

  @Test
  void sistersInWordNetAreNeverAlikeHoweverCloseTheirVectors() {
    // cosines 0.97 and 0.90, but "spouse" and "parent" are hypernyms of both
    assertThat(nouns.similar("husband", "wife")).isFalse();
    assertThat(nouns.similar("mother", "father")).isFalse();
  }

  @Test
  void distantOrUnknownNounsAreNotAlike() {
    assertThat(nouns.similar("officer", "banana")).isFalse();
    assertThat(nouns.similar("offender", "qwzxkvj")).isFalse();
  }
}
