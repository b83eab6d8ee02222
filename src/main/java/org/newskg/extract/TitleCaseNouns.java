package org.newskg.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Common nouns that CoreNLP tags as proper nouns because they are capitalised: the words of a
 * headline in title case ("Singer Enters Rehab After Crash", "Playoffs"), and nouns its NER tags as
 * a criminal charge or a cause of death wherever they stand ("arrested on suspicion of DUI",
 * "killed in a Fire"). Such a word names no entity, so it is read as the common noun it is.
 */
final class TitleCaseNouns {
  /** A line is in title case when this share of its words of four letters or more is capitalised. */
  private static final double TITLE_SHARE = 0.8;

  /** CoreNLP NER classes that name kinds of acts, not entities. */
  static final Set<String> ACT_CLASSES = Set.of("CRIMINAL_CHARGE", "CAUSE_OF_DEATH");

  private final Set<Integer> titleSentences = new HashSet<>();

  TitleCaseNouns(DependencyTree tree) {
    for (Sentence s : tree.analysis().sentences()) {
      int words = 0;
      int capitalised = 0;
      for (Token t : tree.analysis().tokensOf(s)) {
        String w = t.word();
        if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
          words++;
          capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
      }
      if (words > 0 && capitalised >= TITLE_SHARE * words) {
        titleSentences.add(s.index());
      }
    }
  }

  /** Whether the sentence of this index is a line written in title case or in capitals (a headline). */
  boolean isTitleLine(int sentence) {
    return titleSentences.contains(sentence);
  }

  /** Whether a token tagged as a proper noun is a capitalised common noun. */
  boolean isCommonNoun(Token t) {
    if (!t.pos().equals("NNP") && !t.pos().equals("NNPS")) {
      return false;
    }
    return ACT_CLASSES.contains(t.ner())
        || t.ner().equals("O") && titleSentences.contains(t.sentence());
  }

  /** The lower-case singular of a capitalised common noun ("Playoffs" gives "playoff"). */
  static String lemma(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return t.pos().equals("NNPS") && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}
