package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * Final scores ("a 31-24 win", "beat them 91-73"): what a game ended with, which the reports of
 * one game repeat and refer to. The tokenizer splits "31-24" into "31", "-" and "24"; a score is
 * two numbers of up to three digits joined by a hyphen or dash, with no space or (in texts that
 * come tokenized, "31 - 24") a space on both sides; four-digit years ("2008-09") do not fit.
 */
final class Scores {
  private static final Pattern SIDE = Pattern.compile("\\d{1,3}");
  private static final Pattern DASH = Pattern.compile("[-\u2013]");

  private Scores() {}

  /** A score's tokens, first to last. */
  record Score(int first, int last) {
    /** The score as written without spaces ("31-24" for "31 - 24"), one key for both writings. */
    String key(Analysis analysis) {
      return analysis.token(first).word() + "-" + analysis.token(last).word();
    }
  }

  static List<Score> find(Analysis analysis) {
    List<Token> tokens = analysis.tokens();
    List<Score> out = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token a = tokens.get(i);
      Token dash = tokens.get(i + 1);
      Token b = tokens.get(i + 2);
      if (SIDE.matcher(a.word()).matches()
          && DASH.matcher(dash.word()).matches()
          && SIDE.matcher(b.word()).matches()
          && joined(a, dash) == joined(dash, b)
          && (i == 0 || !joined(tokens.get(i - 1), a))
          && (i + 3 == tokens.size() || !joined(b, tokens.get(i + 3)))) {
        out.add(new Score(i, i + 2));
        i += 2;
      }
    }
    return out;
  }

  /** Whether two tokens touch ("10-12-2008" is no score "12-2008"). */
  private static boolean joined(Token left, Token right) {
    return left.end() == right.begin();
  }
}
