package org.newskg.extract;

import java.util.Optional;
import org.newskg.nlp.Sentence;

/** "according to X" and "in the words of X": attributions made by a phrase, not a verb. */
final class AccordingToPhrases {
  private final DependencyTree tree;
  private final boolean[] quoted;

  AccordingToPhrases(DependencyTree tree, boolean[] quoted) {
    this.tree = tree;
    this.quoted = quoted;
  }

  /** "according to X" or "in the words of X" anywhere in the sentence, outside quotes. */
  Optional<CueFinder.Cue> in(Sentence sentence) {
    for (int t = sentence.firstToken(); t + 2 < sentence.endToken(); t++) {
      if (quoted[t]) {
        continue;
      }
      if (wordsAt(t, "according", "to")) {
        int object = tree.token(t).head();
        if (object >= 0 && object > t) {
          return Optional.of(new CueFinder.Cue(t, object, "according to", 0));
        }
      }
      if (wordsAt(t, "in", "the", "words", "of")) {
        for (int o = t + 4; o < sentence.endToken(); o++) {
          if (tree.token(o).head() == t + 2) {
            return Optional.of(new CueFinder.Cue(t, o, "in the words of", 0));
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean wordsAt(int t, String... words) {
    for (int i = 0; i < words.length; i++) {
      if (t + i >= tree.analysis().tokens().size()
          || !tree.token(t + i).word().equalsIgnoreCase(words[i])) {
        return false;
      }
    }
    return true;
  }
}
