package org.newskg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * Common nouns that CoreNLP tags as proper nouns because they are capitalised, read as the common
 * nouns they are so that they describe a participant as the same words do in the running text: the
 * words of a headline in title case or capitals ("Driver Held After Crash", "Colts Clinch Playoff
 * Berth"), and the first word of a sentence ("Man charged with…"). A capitalised word counts
 * when the article also writes it in lower case as a common noun ("the driver"); in a headline
 * also when WordNet knows it as a noun and the article never writes it capitalised inside a
 * sentence of running text, where a name would be ("the Chargers", "Bluejays"). A job title NER
 * tags in a headline ("Lawyer: …") is a common noun too.
 */
final class HeadlineNouns {
  private final TitleCaseNouns titleCase;
  private final Analysis analysis;

  /** The article's common nouns in lower case: word form to the token that writes it. */
  private final Map<String, Token> byWord = new HashMap<>();

  /** The same by lemma ("driver" for "drivers"). */
  private final Map<String, Token> byLemma = new HashMap<>();

  /** Words the running text writes capitalised inside a sentence, in lower case. */
  private final Set<String> capitalisedInText = new HashSet<>();

  HeadlineNouns(DependencyTree tree) {
    this.titleCase = new TitleCaseNouns(tree);
    this.analysis = tree.analysis();
    for (Token t : analysis.tokens()) {
      String lower = t.word().toLowerCase(Locale.ROOT);
      if ((t.pos().equals("NN") || t.pos().equals("NNS"))
          && Character.isLowerCase(t.word().charAt(0))) {
        byWord.putIfAbsent(lower, t);
        byLemma.putIfAbsent(t.lemma().toLowerCase(Locale.ROOT), t);
      } else if (Character.isUpperCase(t.word().charAt(0))
          && !titleCase.isTitleLine(t.sentence())
          && !opensSentence(t)) {
        capitalisedInText.add(lower);
      }
    }
  }

  /**
   * The token as the common noun it is when it is one ("Driver" as "driver", tagged NN; "COPS" as
   * "cop", tagged NNS, when the article writes "cops"), else the token itself.
   */
  Token asCommonNoun(Token t) {
    boolean plural = t.pos().equals("NNPS");
    boolean headline = titleCase.isTitleLine(t.sentence());
    if (!(plural || t.pos().equals("NNP"))
        || !(t.ner().equals("O") || t.ner().equals("TITLE"))
        || !(headline || opensSentence(t))) {
      return t;
    }
    String word = t.word().toLowerCase(Locale.ROOT);
    Token same = byWord.get(word);
    String lemma = TitleCaseNouns.lemma(t);
    if (same != null) {
      lemma = same.lemma().toLowerCase(Locale.ROOT);
      plural = same.pos().equals("NNS");
    } else if (!byLemma.containsKey(lemma)
        && !(headline && (t.ner().equals("TITLE") || unusedNoun(word, lemma)))) {
      return t;
    }
    return new Token(
        t.index(),
        t.sentence(),
        t.begin(),
        t.end(),
        t.word(),
        lemma,
        plural ? "NNS" : "NN",
        t.ner(),
        t.normalizedNer(),
        t.head(),
        t.relation());
  }

  /** A WordNet noun the running text never capitalises inside a sentence. */
  private boolean unusedNoun(String word, String lemma) {
    return !capitalisedInText.contains(word)
        && !WordNet.get().senses(lemma, WordNet.Pos.NOUN).isEmpty();
  }

  private boolean opensSentence(Token t) {
    return t.index() == 0 || analysis.token(t.index() - 1).sentence() != t.sentence();
  }
}
