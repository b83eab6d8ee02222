package org.newskg.extract;

import java.util.Optional;
import org.newskg.nlp.Token;

/**
 * "…, Jane Roe, a researcher at the institute, says." parsed with the name hung on the words
 * before it and no subject for the verb: the name right before an apposition set off by commas
 * that ends at the verb is its speaker.
 */
final class AppositiveSpeakers {
  /** How many tokens the apposition between the two commas may take. */
  private static final int APPOSITION_TOKENS = 14;

  private AppositiveSpeakers() {}

  /** The last token of the name before the apposition that ends right before {@code verb}. */
  static Optional<Integer> nameBefore(DependencyTree tree, int verb) {
    int sentence = tree.token(verb).sentence();
    if (verb < 1 || !tree.token(verb - 1).word().equals(",")) {
      return Optional.empty();
    }
    for (int t = verb - 2; t >= 1 && t >= verb - 1 - APPOSITION_TOKENS; t--) {
      Token w = tree.token(t);
      if (w.sentence() != sentence || w.pos().startsWith("VB")) {
        return Optional.empty();
      }
      if (w.word().equals(",")) {
        Token name = tree.token(t - 1);
        boolean named = name.pos().startsWith("NNP")
            && (name.ner().equals("PERSON") || name.ner().equals("ORGANIZATION"));
        return named && t - 1 < verb - 2 ? Optional.of(t - 1) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
