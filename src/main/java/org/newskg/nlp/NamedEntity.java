package org.newskg.nlp;

/**
 * A named-entity mention found by the NER stage: document tokens {@code firstToken} to {@code
 * endToken} (exclusive), characters {@code begin} to {@code end} (exclusive).
 *
 * @param type CoreNLP's fine-grained type: PERSON, ORGANIZATION, COUNTRY, CITY, TITLE, DATE, …
 * @param normalized the normalised value for times and numbers, "" otherwise
 */
public record NamedEntity(
    int firstToken, int endToken, int begin, int end, String text, String type, String normalized) {
  public NamedEntity {
    if (endToken <= firstToken) {
      throw new IllegalArgumentException(
          "entity '%s' has no tokens (%d to %d)".formatted(text, firstToken, endToken));
    }
  }
}
