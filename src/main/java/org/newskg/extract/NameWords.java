package org.newskg.extract;

import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Words that belong to a name, not to the story's events: a word CoreNLP's NER marks as part of
 * a person's, organisation's or place's name ("Hope" in "Hope Clinic"), and in running text a
 * capitalised word next to another capitalised word, neither opening the sentence: the title of a
 * work or the name of an institution ("the sequel, Breaking Point", "a stay at Serenity Recovery
 * Center"). A name says what something is called, not what happened, so "Breaking" there is no
 * act of breaking. Lines in title case (headlines) are left to {@link TitleCaseNouns}, since all
 * their words are capitalised; events named by a proper noun ("the World Cup") are found by
 * {@link NamedEvents}.
 */
final class NameWords {
  private static final Set<String> NAME_CLASSES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private final Analysis analysis;
  private final TitleCaseNouns titleCase;

  NameWords(Analysis analysis, TitleCaseNouns titleCase) {
    this.analysis = analysis;
    this.titleCase = titleCase;
  }

  /** Whether the token is a word of a name. */
  boolean isNameWord(Token t) {
    // A headline capitalises every word, and NER takes its words for names ("Kraft Shooting:
    // ..." as an organisation); the predicate of a clause names no one ("Obama to Name ...").
    if (!capitalised(t) || titleCase.isTitleLine(t.sentence()) || t.relation().equals("root")) {
      return false;
    }
    if (NAME_CLASSES.contains(t.ner())) {
      return true;
    }
    if (opensSentence(t)) {
      return false;
    }
    return inNameWith(t.index() - 1, t) || inNameWith(t.index() + 1, t);
  }

  /** Whether the token at {@code index}, of the same sentence, is a capitalised word inside it. */
  private boolean inNameWith(int index, Token t) {
    if (index < 0 || index >= analysis.tokens().size()) {
      return false;
    }
    Token n = analysis.token(index);
    return n.sentence() == t.sentence() && capitalised(n) && !n.word().equals("I")
        && !opensSentence(n);
  }

  /** Capitalised, not in capitals throughout ("BLAZE" in a shouted headline names no one). */
  private static boolean capitalised(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
        && (w.length() == 1 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)));
  }

  /** Whether no word token comes before this one in its sentence (quotes and dashes may). */
  private boolean opensSentence(Token t) {
    Sentence s = analysis.sentenceOf(t);
    for (int i = s.firstToken(); i < t.index(); i++) {
      if (Character.isLetterOrDigit(analysis.token(i).word().charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
