package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds captions, photo credits, bylines and page furniture, line by line. The rules follow
 * conventions shared by news sites (agency credits in parentheses, "Photo:" credit lines, "By …"
 * bylines), not the wording of any one article.
 */
final class ZoneDetector {
  /** A parenthesised credit closing a line: "(AP Photo/Alex Brandon)", "(Reuters/File)". */
  private static final Pattern TRAILING_CREDIT = Pattern.compile("\\(([^()]{2,200})\\)\\s*\\.?$");

  private static final Pattern CREDIT_WORDS =
      Pattern.compile(
          "(?i)\\b(?:photos?|photograph(?:er)?|video|file|pool|images?|credit|courtesy|handout)\\b"
              + "|\\b(?:AP|AFP|Reuters|EPA|Getty|Xinhua|Bloomberg)\\b");

  /** An inline credit: "… Photo: Jane Doe/AFP via Getty Images". */
  private static final Pattern INLINE_CREDIT =
      Pattern.compile("(?:^|(?<=[\\s.]))(?:Photos?|Photograph|Image|Video|Credit)s?:\\s+\\S.*$");

  private static final Pattern BYLINE =
      Pattern.compile("^By\\s+\\p{Lu}[\\p{L}.'’-]*(?:[\\s,]+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,7}$");

  private static final Pattern UPDATE_STAMP =
      Pattern.compile("(?i)^(?:updated|published|posted|last updated)\\b.{0,60}\\b\\d{4}\\b.{0,30}$");

  private static final Pattern EDITORS_NOTE = Pattern.compile("(?i)^editor['’]s note\\b.*");

  private static final Set<String> PAGE_FURNITURE =
      Set.of(
          "advertisement",
          "go deeper",
          "read more",
          "related",
          "related articles",
          "share",
          "share this article",
          "subscribe",
          "sign up",
          "skip to main content",
          "continue reading",
          "more from this author",
          "comments");

  List<Zone> detect(String text) {
    List<Zone> zones = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      classifyLine(text, lineStart, lineEnd, zones);
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return List.copyOf(zones);
  }

  private void classifyLine(String text, int start, int end, List<Zone> zones) {
    int b = start;
    int e = end;
    while (b < e && isBlankOrBullet(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (b == e) {
      return;
    }
    String line = text.substring(b, e);
    String plain = line.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}’]+$", "").strip();
    if (PAGE_FURNITURE.contains(plain)
        || EDITORS_NOTE.matcher(line).matches()
        || UPDATE_STAMP.matcher(line).matches()) {
      zones.add(new Zone(ZoneKind.BOILERPLATE, new Span(b, e)));
      return;
    }
    if (line.length() <= 100 && BYLINE.matcher(line).matches()) {
      zones.add(new Zone(ZoneKind.BYLINE, new Span(b, e)));
      return;
    }
    Matcher trailing = TRAILING_CREDIT.matcher(line);
    if (trailing.find() && CREDIT_WORDS.matcher(trailing.group(1)).find()) {
      addCaptionAndCredit(text, b, b + trailing.start(), e, zones);
      return;
    }
    Matcher inline = INLINE_CREDIT.matcher(line);
    if (inline.find()) {
      addCaptionAndCredit(text, b, b + inline.start(), e, zones);
    }
  }

  /** The credit runs from {@code creditStart} to the line end; what precedes it is a caption. */
  private static void addCaptionAndCredit(
      String text, int lineStart, int creditStart, int lineEnd, List<Zone> zones) {
    int captionEnd = creditStart;
    while (captionEnd > lineStart && Character.isWhitespace(text.charAt(captionEnd - 1))) {
      captionEnd--;
    }
    if (captionEnd > lineStart) {
      zones.add(new Zone(ZoneKind.CAPTION, new Span(lineStart, captionEnd)));
    }
    zones.add(new Zone(ZoneKind.CREDIT, new Span(creditStart, lineEnd)));
  }

  private static boolean isBlankOrBullet(char c) {
    return Character.isWhitespace(c) || c == '•' || c == '·' || c == '*' || c == '-';
  }
}
