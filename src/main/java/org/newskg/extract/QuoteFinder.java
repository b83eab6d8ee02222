package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted words: curly double quotes, and straight double quotes paired within a paragraph
 * (and, outside those, words in single marks, British style: see {@link #singleMarked}). A
 * closing mark with no opening one (a typo, or a fragment left by an editor) is ignored. News
 * style leaves a quote open at the end of a paragraph when the next paragraph carries it on with a
 * fresh opening mark; such parts are found one by one, the later ones marked as continuing. A
 * source credit closing a line ("… ashore. (Coast Courier Article)") ends a quote left open.
 */
final class QuoteFinder {
  private static final char OPEN = '“';
  private static final char CLOSE = '”';
  private static final char STRAIGHT = '"';

  List<QuotedSpan> find(String original) {
    List<QuotedSpan> doubled = findDouble(withDoubledMarks(original));
    List<QuotedSpan> out = new ArrayList<>(doubled);
    out.addAll(singleMarked(original, doubled));
    out.sort((a, b) -> Integer.compare(a.outer().begin(), b.outer().begin()));
    return List.copyOf(out);
  }

  /**
   * Words in single marks used as quotation marks ("issue 'fixed', say engineers", British style),
   * outside any double-marked quote (inside one they are a quote within a quote): a mark that
   * opens a word after a space and closes one before a space or punctuation, on one line. A word
   * that begins with an apostrophe ("'90s") is no opening mark: the quoted words must begin with a
   * letter.
   */
  private static List<QuotedSpan> singleMarked(String text, List<QuotedSpan> doubled) {
    List<QuotedSpan> out = new ArrayList<>();
    Matcher m = SINGLE.matcher(text);
    while (m.find()) {
      Span outer = new Span(m.start(), m.end());
      if (doubled.stream().noneMatch(q -> q.outer().overlaps(outer))) {
        out.add(new QuotedSpan(new Span(m.start() + 1, m.end() - 1), outer, false));
      }
    }
    return out;
  }

  private static final Pattern SINGLE =
      Pattern.compile(
          "(?<=^|[\\s(])['\u2018]\\p{L}[^'\u2018\u2019\\n]{0,200}?[\\p{L}.,!?]['\u2019](?=[\\s.,;:!?)]|$)",
          Pattern.MULTILINE);

  private List<QuotedSpan> findDouble(String text) {
    List<QuotedSpan> out = new ArrayList<>();
    int open = -1;
    boolean continuing = false;
    boolean leftOpen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0 && (closesLater(text, i) || runsOnToNextPart(text, i))) {
          continue; // the quote runs on over a line break to its closing mark or next part
        }
        if (open >= 0) {
          int end = trimEnd(text, open + 1, i);
          leftOpen = nextParagraphOpensQuote(text, i);
          // A curly quote never closed still marks someone's words; a lone straight mark may be
          // an inch sign or a typo, so it counts only when the quote carries on, or when it opens
          // its line and the line ends a sentence: a quoted paragraph whose closing mark was left
          // out.
          boolean paragraph =
              isParagraphStart(text, open) && end > open + 1 && ".!?".indexOf(text.charAt(end - 1)) >= 0;
          if ((leftOpen || paragraph || text.charAt(open) == OPEN) && end > open + 1) {
            out.add(new QuotedSpan(new Span(open + 1, end), new Span(open, end), continuing));
          }
          open = -1;
        }
        continue;
      }
      if (open >= 0 && c == '(' && SourceCredits.startsAt(text, i)) {
        // "… ashore. (Coast Courier Article)": a pasted report's credit ends it, mark or no mark
        int end = trimEnd(text, open + 1, i);
        out.add(new QuotedSpan(new Span(open + 1, end), new Span(open, end), continuing));
        open = -1;
        continuing = false;
        leftOpen = false;
        continue;
      }
      boolean opening = c == OPEN || (c == STRAIGHT && open < 0);
      boolean closing = c == CLOSE || (c == STRAIGHT && open >= 0);
      if (closing && open >= 0) {
        if (i > open + 1) {
          out.add(new QuotedSpan(new Span(open + 1, i), new Span(open, i + 1), continuing));
        }
        open = -1;
        continuing = false;
        leftOpen = false;
      } else if (opening) {
        continuing = leftOpen && isParagraphStart(text, i);
        leftOpen = false;
        open = i;
      }
    }
    return List.copyOf(out);
  }

  /**
   * The text with quotation marks typed as two characters (two apostrophes or two backquotes, as
   * some wire feeds and typesetting conventions have them: "''Would we?" he asked.") rewritten as
   * curly marks, a space taking the other character's place so that every offset stays: an
   * opening pair at a word's start becomes " “", a closing pair of apostrophes after a word "” ".
   */
  static String withDoubledMarks(String text) {
    if (text.indexOf("''") < 0 && text.indexOf("``") < 0) {
      return text;
    }
    char[] c = text.toCharArray();
    for (int i = 0; i + 2 < c.length; i++) {
      boolean pair = (c[i] == '\'' && c[i + 1] == '\'') || (c[i] == '`' && c[i + 1] == '`');
      if (!pair) {
        continue;
      }
      boolean afterSpace = i == 0 || Character.isWhitespace(c[i - 1]) || c[i - 1] == '(';
      if (afterSpace && Character.isLetterOrDigit(c[i + 2])) {
        c[i] = ' ';
        c[i + 1] = OPEN;
        i++;
      } else if (c[i] == '\'' && !afterSpace && !Character.isLetterOrDigit(c[i + 2])) {
        c[i] = CLOSE;
        c[i + 1] = ' ';
        i++;
      }
    }
    return new String(c);
  }

  /**
   * After the line break at {@code i}, is the next quotation mark a closing one, and the next line
   * not the start of a new quote? Then the line break is inside the quote.
   */
  private static boolean closesLater(String text, int i) {
    if (nextParagraphOpensQuote(text, i)) {
      return false;
    }
    for (int j = i + 1; j < text.length() && j < i + 2000; j++) {
      char c = text.charAt(j);
      if (c == STRAIGHT && opensWords(text, j)) {
        return false; // the opening mark of another quote: this one's closing mark was left out
      }
      if (c == CLOSE || c == STRAIGHT) {
        return true;
      }
      if (c == OPEN || (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n')) {
        return false;
      }
    }
    return false;
  }

  /**
   * A straight mark that can only open a quote: after a word and a space, before a word ('starred
   * in "Harbour Nights'). Closing marks stand after the quote's last word or punctuation (in spaced
   * text such as 'over. "Roe said' after the punctuation and a space).
   */
  private static boolean opensWords(String text, int j) {
    if (j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1))
        || j < 2 || text.charAt(j - 1) != ' ') {
      return false;
    }
    return Character.isLetterOrDigit(text.charAt(j - 2));
  }

  /** Lines a quote left open may run over before the line that carries it on. */
  private static final int MAX_LINES_BEFORE_NEXT_PART = 3;

  /**
   * After the line break at {@code i}, inside a quote left open: do the next few lines hold no
   * quotation mark, and does the line after them open the quote's next part? Then those lines are
   * still the quote, as in text with a line per sentence: "“We are a different team. ¶ He is so
   * active. ¶ “I'm really proud of him.”"
   */
  private static boolean runsOnToNextPart(String text, int i) {
    int lineStart = i + 1;
    for (int lines = 0; lines <= MAX_LINES_BEFORE_NEXT_PART && lineStart < text.length(); lines++) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String line = text.substring(lineStart, lineEnd).strip();
      if (line.isEmpty()) {
        return false; // a blank line ends the paragraph, and the quote with it
      }
      char first = line.charAt(0);
      if (lines > 0 && (first == OPEN || first == STRAIGHT)) {
        return true;
      }
      if (line.indexOf(OPEN) >= 0 || line.indexOf(CLOSE) >= 0 || line.indexOf(STRAIGHT) >= 0) {
        return false;
      }
      lineStart = lineEnd + 1;
    }
    return false;
  }

  private static int trimEnd(String text, int begin, int end) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** After the newline at {@code i}: does the next non-blank line start with an opening mark? */
  private static boolean nextParagraphOpensQuote(String text, int i) {
    int j = i;
    while (j < text.length() && (Character.isWhitespace(text.charAt(j)) || isBullet(text.charAt(j)))) {
      j++;
    }
    return j < text.length() && (text.charAt(j) == OPEN || text.charAt(j) == STRAIGHT);
  }

  private static boolean isParagraphStart(String text, int i) {
    int j = i - 1;
    while (j >= 0 && text.charAt(j) != '\n') {
      if (!Character.isWhitespace(text.charAt(j)) && !isBullet(text.charAt(j))) {
        return false;
      }
      j--;
    }
    return true;
  }

  private static boolean isBullet(char c) {
    return c == '•' || c == '·' || c == '*' || c == '-';
  }
}
