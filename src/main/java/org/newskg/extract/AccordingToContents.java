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
  Optional<TokenRange> of(CueFinder.Cue cue, Sentence sentence) {
    TokenRange speaker = tree.subtree(cue.speaker());
    TokenRange phrase = speaker.withBegin(Math.min(speaker.begin(), cue.verb()));
    Optional<TokenRange> wholeSentence = besideWholeSentence(phrase, sentence);
    if (wholeSentence.isPresent()) {
      return wholeSentence;
    }
    int clause = tree.token(cue.speaker()).head();
    if (clause < 0) {
      return Optional.empty();
    }
    TokenRange range = tree.subtree(clause);
    int end = range.end();
    for (int c : tree.children(clause)) {
      String r = tree.token(c).relation();
      if (c > clause && (r.equals("advcl") || r.equals("parataxis")) && ClauseWords.hasMark(tree, c)) {
        end = Math.min(end, tree.subtree(c).begin());
      }
    }
    int start = Math.max(range.begin(), Datelines.contentStart(tree, sentence, sentence.endToken()));
    if (phrase.begin() <= start + 1) {
      start = phrase.end();
      while (start < end && tree.token(start).word().equals(",")) {
        start++;
      }
    } else {
      end = Math.min(end, phrase.begin());
    }
    return TokenRange.ofAtLeast(start, end, 3);
  }

  /**
   * "…, according to X." closing a sentence, set off by a comma, vouches for the whole sentence,
   * whatever clause the parser hung it on (a long sentence often gets it attached to its last
   * relative clause). At the start of a sentence the parse attaches it well, and a clause tacked on
   * after a comma ("…, though he stated …") must stay out, which {@link #of} sees to.
   */
  private Optional<TokenRange> besideWholeSentence(TokenRange phrase, Sentence sentence) {
    int first = Datelines.contentStart(tree, sentence, sentence.endToken());
    int last = sentence.endToken();
    while (last > first && tree.token(last - 1).pos().equals(".")) {
      last--;
    }
    if (phrase.end() == last && phrase.begin() > first + 1 && isComma(phrase.begin() - 1)) {
      return TokenRange.ofAtLeast(first, phrase.begin() - 1, 3);
    }
    if (phrase.end() == last && phrase.begin() > first + 2 && isClosingQuote(phrase.begin() - 1)
        && isComma(phrase.begin() - 2)) {
      return TokenRange.ofAtLeast(first, phrase.begin(), 3); // '… leave me," according to X.': the mark stays
    }
    return Optional.empty();
  }

  private boolean isComma(int token) {
    return tree.token(token).word().equals(",");
  }

  private boolean isClosingQuote(int token) {
    return tree.token(token).pos().equals("''");
  }
}
