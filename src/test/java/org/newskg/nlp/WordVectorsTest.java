package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordVectorsTest {
  private final WordVectors vectors = WordVectors.get();

  @Test
  void wordsOfOneMeaningAreCloserThanUnrelatedWords() {
    double quake = vectors.cosine("quake", "Earthquake").orElseThrow();
    double unrelated = vectors.cosine("quake", "banana").orElseThrow();
    assertTrue(quake > 0.8, "quake/earthquake " + quake);
    assertTrue(unrelated < quake - 0.3, "quake/banana " + unrelated);
  }

  @Test
  void aWordTheTableLacksHasNoVectorRatherThanTheUnknownOne() {
    assertTrue(vectors.vector("qzxvbnmw").isEmpty());
    assertTrue(vectors.cosine("qzxvbnmw", "xqzvbwmn").isEmpty());
    assertEquals(50, vectors.vector("meeting").orElseThrow().length);
  }

  @Test
  void cosineOfVectorsIsScaleFreeAndRefusesDifferentLengths() {
    assertEquals(1.0, WordVectors.cosine(new double[] {1, 2}, new double[] {2, 4}), 1e-9);
    assertEquals(0.0, WordVectors.cosine(new double[] {0, 0}, new double[] {2, 4}));
    assertThrows(
        IllegalArgumentException.class,
        () -> WordVectors.cosine(new double[] {1}, new double[] {1, 2}));
  }
}
