package org.newskg.nlp;

/** One mention of a coreference chain, as document tokens and characters (end exclusive). */
public record CorefMention(
    int firstToken, int endToken, int headToken, int begin, int end, String text, MentionKind kind) {
  public CorefMention {
    if (endToken <= firstToken) {
      throw new IllegalArgumentException(
          "coreference mention '%s' has no tokens (%d to %d)".formatted(text, firstToken, endToken));
    }
  }
}
