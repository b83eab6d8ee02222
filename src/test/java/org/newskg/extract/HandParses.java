package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** Analyses written by hand, for tests of rules on parses CoreNLP may or may not produce. */
final class HandParses {
  private HandParses() {}

  /** One sentence: word, lemma, tag, head (index in the sentence), relation, and optionally NER. */
  static Analysis sentence(String[][] rows) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      int begin = text.length();
      text.append(rows[i][0]).append(' ');
      String ner = rows[i].length > 5 ? rows[i][5] : "O";
      tokens.add(new Token(i, 0, begin, begin + rows[i][0].length(), rows[i][0], rows[i][1],
          rows[i][2], ner, "", Integer.parseInt(rows[i][3]), rows[i][4]));
    }
    return new Analysis(text.toString(), Optional.empty(), tokens,
        List.of(new Sentence(0, 0, rows.length, 0, text.length())), List.of(), List.of());
  }

  /** {@link #sentence} with NER's person mentions at the given [first, end) token ranges. */
  static Analysis withPersons(String[][] rows, int[]... persons) {
    Analysis parsed = sentence(rows);
    List<Token> t = parsed.tokens();
    List<NamedEntity> tagged = new ArrayList<>();
    for (int[] p : persons) {
      String text = parsed.text().substring(t.get(p[0]).begin(), t.get(p[1] - 1).end());
      tagged.add(new NamedEntity(p[0], p[1], t.get(p[0]).begin(), t.get(p[1] - 1).end(), text, "PERSON", ""));
    }
    return new Analysis(parsed.text(), parsed.documentDate(), t, parsed.sentences(), tagged, List.of());
  }
}
