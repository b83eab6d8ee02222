package org.newskg.extract;

import java.util.Optional;
import org.newskg.nlp.Sentence;

/**
 * When the parse gives a reporting verb no subject ("His father Jane Roe said he …" read as a
 * fragment): the name or pronoun right before the verb.
 */
final class SpeakerBeforeVerb {
  private final DependencyTree tree;
  private final boolean[] quoted;

  SpeakerBeforeVerb(DependencyTree tree, boolean[] quoted) {
    this.tree = tree;
    this.quoted = quoted;
  }

  /** The token naming the speaker of finite verb {@code v}, if one stands right before it. */
  Optional<Integer> of(int v, Sentence sentence) {
    int t = v - 1;
    if (!ClauseWords.FINITE.contains(tree.token(v).pos()) || t < sentence.firstToken() || quoted[t]) {
      return Optional.empty();
    }
    if (isDash(t)) {
      // "Jane Roe - director of products at Acme - told the BBC that …": the name before the aside
      int open = t - 1;
      while (open > sentence.firstToken() && !isDash(open)) {
        open--;
      }
      t = open - 1;
      if (!isDash(open) || t < sentence.firstToken() || quoted[t]) {
        return Optional.empty();
      }
    }
    String pos = tree.token(t).pos();
    return pos.equals("NNP") || pos.equals("PRP") ? Optional.of(t) : Optional.empty();
  }

  private boolean isDash(int token) {
    String w = tree.token(token).word();
    return w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—");
  }
}
