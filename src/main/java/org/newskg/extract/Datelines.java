package org.newskg.extract;

import org.newskg.nlp.Sentence;

/** Where a sentence's own words begin, after a dateline such as "WASHINGTON (AP) —". */
final class Datelines {
  private Datelines() {}

  /** The first token of the sentence's own words, looking for the dash before {@code limit}. */
  static int contentStart(DependencyTree tree, Sentence sentence, int limit) {
    for (int t = sentence.firstToken(); t < Math.min(limit, sentence.firstToken() + 12); t++) {
      String w = tree.token(t).word();
      if (w.equals("—") || w.equals("--") || w.equals("–")) {
        return t + 1;
      }
    }
    return sentence.firstToken();
  }
}
