package org.newskg.extract;

import java.util.List;
import java.util.function.ToIntFunction;
import org.newskg.nlp.Sentence;

/**
 * Some texts space their decimals and times ("at around 4. 30am", "Windows 8. 1"), and the
 * sentence splitter ends a sentence at "4.". A clause that reaches such a cut runs on into the next
 * sentence, and one that starts right after it starts where the cut sentence does. The analysis
 * itself is left as it is: the repair is to the extent of reported clauses only.
 */
final class SpacedNumberCuts {
  private final DependencyTree tree;

  SpacedNumberCuts(DependencyTree tree) {
    this.tree = tree;
  }

  /**
   * The token range [start, end) carried over the cuts on either side; {@code startOf} gives where
   * a sentence's own words begin (after a dateline).
   */
  TokenRange across(TokenRange range, ToIntFunction<Sentence> startOf) {
    List<Sentence> sentences = tree.analysis().sentences();
    int end = range.end();
    Sentence last = tree.analysis().sentenceOf(tree.token(end - 1));
    while (last.index() + 1 < sentences.size() && reachesEnd(end, last) && cutAfter(last)) {
      last = sentences.get(last.index() + 1);
      end = Math.max(end, tree.beforePunctuation(last.firstToken(), last.endToken()));
    }
    int begin = range.begin();
    Sentence first = tree.analysis().sentenceOf(tree.token(begin));
    while (first.index() > 0 && begin == first.firstToken() && cutAfter(sentences.get(first.index() - 1))) {
      first = sentences.get(first.index() - 1);
      begin = startOf.applyAsInt(first);
    }
    return new TokenRange(begin, end);
  }

  /** Whether nothing but punctuation follows the token range's end in its sentence. */
  private boolean reachesEnd(int end, Sentence sentence) {
    for (int t = end; t < sentence.endToken(); t++) {
      if (!tree.token(t).relation().equals("punct")) {
        return false;
      }
    }
    return true;
  }

  /** A sentence that ends in a digit and a full stop, the next beginning with a digit on the same line. */
  private boolean cutAfter(Sentence sentence) {
    List<Sentence> sentences = tree.analysis().sentences();
    if (sentence.index() + 1 >= sentences.size()) {
      return false;
    }
    String text = tree.analysis().text();
    Sentence next = sentences.get(sentence.index() + 1);
    String between = text.substring(sentence.end(), next.begin());
    return sentence.end() >= 2 && text.charAt(sentence.end() - 1) == '.'
        && Character.isDigit(text.charAt(sentence.end() - 2)) && between.indexOf('\n') < 0
        && Character.isDigit(text.charAt(next.begin()));
  }
}
