package org.newskg.nlp;

/**
 * A sentence: its tokens are the document tokens {@code firstToken} (inclusive) to {@code
 * endToken} (exclusive).
 */
public record Sentence(int index, int firstToken, int endToken, int begin, int end) {
  public Sentence {
    if (endToken < firstToken) {
      throw new IllegalArgumentException(
          "sentence %d ends at token %d before it begins at %d"
              .formatted(index, endToken, firstToken));
    }
  }
}
