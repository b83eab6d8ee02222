package org.newskg.extract;

import java.util.Optional;
import org.newskg.nlp.Sentence;

/** What "according to X" vouches for: the clause it is attached to, or the whole sentence. */
final class AccordingToContents {
  private final DependencyTree tree;

  AccordingToContents(DependencyTree tree) {
    this.tree = tree;
  }

  /**
   * The clause "according to X" is attached to, without that phrase and without subordinate
   * clauses tacked on after a comma ("…, though he stated that …"), which say something else.
   */
  Optional<int[]> of(CueFinder.Cue cue, Sentence sentence) {
    int[] phrase = tree.subtreeRange(cue.speaker());
    phrase[0] = Math.min(phrase[0], cue.verb());
    Optional<int[]> wholeSentence = besideWholeSentence(phrase, sentence);
    if (wholeSentence.isPresent()) {
      return wholeSentence;
    }
    int clause = tree.token(cue.speaker()).head();
    if (clause < 0) {
      return Optional.empty();
    }
    int[] range = tree.subtreeRange(clause);
    for (int c : tree.children(clause)) {
      String r = tree.token(c).relation();
      if (c > clause && (r.equals("advcl") || r.equals("parataxis")) && ClauseWords.hasMark(tree, c)) {
        range[1] = Math.min(range[1], tree.subtreeRange(c)[0]);
      }
    }
    int start = Math.max(range[0], Datelines.contentStart(tree, sentence, sentence.endToken()));
    int end = range[1];
    if (phrase[0] <= start + 1) {
      start = phrase[1];
      while (start < end && tree.token(start).word().equals(",")) {
        start++;
      }
    } else {
      end = Math.min(end, phrase[0]);
    }
    return end - start >= 3 ? Optional.of(new int[] {start, end}) : Optional.empty();
  }

  /**
   * "…, according to X." closing a sentence, set off by a comma, vouches for the whole sentence,
   * whatever clause the parser hung it on (a long sentence often gets it attached to its last
   * relative clause). At the start of a sentence the parse attaches it well, and a clause tacked on
   * after a comma ("…, though he stated …") must stay out, which {@link #of} sees to.
   */
  private Optional<int[]> besideWholeSentence(int[] phrase, Sentence sentence) {
    int first = Datelines.contentStart(tree, sentence, sentence.endToken());
    int last = sentence.endToken();
    while (last > first && tree.token(last - 1).pos().equals(".")) {
      last--;
    }
    int[] content;
    if (phrase[1] == last && phrase[0] > first + 1 && isComma(phrase[0] - 1)) {
      content = new int[] {first, phrase[0] - 1};
    } else if (phrase[1] == last && phrase[0] > first + 2 && isClosingQuote(phrase[0] - 1)
        && isComma(phrase[0] - 2)) {
      content = new int[] {first, phrase[0]}; // '… leave me," according to X.': the mark stays
    } else {
      return Optional.empty();
    }
    return content[1] - content[0] >= 3 ? Optional.of(content) : Optional.empty();
  }

  private boolean isComma(int token) {
    return tree.token(token).word().equals(",");
  }

  private boolean isClosingQuote(int token) {
    return tree.token(token).pos().equals("''");
  }
}
