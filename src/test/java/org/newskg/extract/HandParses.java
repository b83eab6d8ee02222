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
    return lines(rows);
  }

  /** Sentences, each on a line of its own, written as for {@link #sentence}. */
  static Analysis lines(String[][]... sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> parsed = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      if (s > 0) {
        text.append('\n');
      }
      int first = tokens.size();
      int start = text.length();
      for (String[] row : sentences[s]) {
        int begin = text.length();
        text.append(row[0]).append(' ');
        String ner = row.length > 5 ? row[5] : "O";
        int head = Integer.parseInt(row[3]);
        tokens.add(new Token(tokens.size(), s, begin, begin + row[0].length(), row[0], row[1],
            row[2], ner, "", head < 0 ? head : first + head, row[4]));
      }
      parsed.add(new Sentence(s, first, tokens.size(), start, text.length()));
    }
    return new Analysis(text.toString(), Optional.empty(), tokens, parsed, List.of(), List.of());
  }

  /** {@link #sentence} with NER's person mentions at the given [first, end) token ranges. */
  static Analysis withPersons(String[][] rows, int[]... persons) {
    return withPersons(sentence(rows), persons);
  }

  /** The parse with NER's person mentions at the given [first, end) token ranges of the text. */
  static Analysis withPersons(Analysis parsed, int[]... persons) {
    List<Token> t = parsed.tokens();
    List<NamedEntity> tagged = new ArrayList<>();
    for (int[] p : persons) {
      String text = parsed.text().substring(t.get(p[0]).begin(), t.get(p[1] - 1).end());
      tagged.add(new NamedEntity(p[0], p[1], t.get(p[0]).begin(), t.get(p[1] - 1).end(), text, "PERSON", ""));
    }
    return new Analysis(parsed.text(), parsed.documentDate(), t, parsed.sentences(), tagged, List.of());
  }
}
