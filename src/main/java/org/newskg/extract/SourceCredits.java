package org.newskg.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source credit in parentheses closing a line after a finished sentence: "… ashore. (Coast
 * Courier Article)", "… were hurt. ”(Boston Globe article)". Writers who paste another outlet's
 * report into their own text, marks at its start and often none at its end, credit it so: the
 * credit ends the quoted block and names its source.
 */
final class SourceCredits {
  private SourceCredits() {}

  /** The credit's words inside the parentheses, capitalised, with no colon ("(Photo: …)"). */
  private static final Pattern CREDIT = Pattern.compile("\\((\\p{Lu}[^()\\n:]{0,60})\\)[ \\t]*(?=\\n|$)");

  /** Whether a credit opens at {@code i} (its parenthesis) and closes the line. */
  static boolean startsAt(String text, int i) {
    return text.charAt(i) == '(' && words(text, i).isPresent();
  }

  /**
   * The credit right after a quotation's end on the same line ({@code from} is where its words or
   * closing mark end): its words inside the parentheses.
   */
  static Optional<Span> after(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || isMark(text.charAt(i)))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '(' ? words(text, i) : Optional.empty();
  }

  private static Optional<Span> words(String text, int paren) {
    Matcher m = CREDIT.matcher(text).region(paren, text.length());
    if (!m.lookingAt() || !afterSentenceEnd(text, paren)) {
      return Optional.empty();
    }
    return Optional.of(new Span(m.start(1), m.end(1)));
  }

  /** Whether the sentence before the parenthesis ended (a closing mark may stand between). */
  private static boolean afterSentenceEnd(String text, int paren) {
    int j = paren - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || isMark(text.charAt(j)))) {
      j--;
    }
    return j >= 0 && ".!?".indexOf(text.charAt(j)) >= 0;
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '”' || c == '’';
  }
}
