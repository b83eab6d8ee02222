package org.newskg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a publication date and a publisher from the top of an article's text, by the conventions
 * news pages print there:
 *
 * <ul>
 *   <li>a labelled date line: {@code date 2022-01-31}, {@code Published Jan. 31, 2022}, {@code
 *       Posted 10:05 AM EST, Mon January 31, 2022}; an {@code Updated}/{@code Modified} line is
 *       used only when no publication line is found;
 *   <li>a line that is nothing but a date among the first {@value #DATE_LINES} lines, as pages print
 *       one under the headline: {@code Wednesday, July 28, 2004}, {@code 18 September 2013 Last
 *       updated at 13:59 GMT}; a labelled publication line wins over it, and it over an update
 *       line;
 *   <li>a wire dateline: {@code WASHINGTON (AP) —}, {@code MOSCOW, Jan 31 (Reuters) -}, {@code
 *       London (CNN)—}; the agency in parentheses is the publisher, with the usual abbreviations
 *       (AP, AFP, UPI, dpa) spelled out.
 * </ul>
 *
 * Lines must start with the label or the place; only the first {@value #HEAD_CHARS} characters are
 * looked at. Dates are read as month-day-year, day-month-year or ISO, with English month names.
 */
final class TextMetadataSniffer {
  static final int HEAD_CHARS = 2000;

  private static final String MONTH =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /** A label at the start of a line, and up to 60 characters of the rest of the line. */
  private static final Pattern LABEL_LINE =
      Pattern.compile(
          "^[ \\t]*(date|published|posted|updated|last updated|modified)\\b[ \\t]*:?([^\\n]{0,60})",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private static final Pattern DATE =
      Pattern.compile(
          "(?<![\\p{Alnum}])(?:(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})"
              + "|(?<m1>"
              + MONTH
              + ")\\.?[ \\t]+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(?<y1>\\d{4})"
              + "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?<m2>"
              + MONTH
              + ")\\.?,?[ \\t]+(?<y2>\\d{4}))(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  /** Words allowed between a label and its date: times, zones, weekdays, "on", "at". */
  private static final Pattern FILLER_WORD = Pattern.compile("\\b[a-z]{3,}\\b");

  private static final Pattern DATELINE =
      Pattern.compile(
          "^[ \\t]*[A-Z][A-Za-z.'’\\-]*(?:[ ][A-Z][A-Za-z.'’\\-]*){0,3}" // place, 1 to 4 words
              + "(?:,[ \\t]*[^\\n()]{1,40}?)?" // ", Ukraine" or ", Jan 31"
              + "[ \\t]*\\((?<agency>[A-Za-z][A-Za-z&.'’ \\-]{0,38}[A-Za-z.])\\)"
              + "[ \\t]*(?:—|–|--|-)[ \\t]*\\S",
          Pattern.MULTILINE);

  static final int DATE_LINES = 5;

  /** A weekday before the date of a bare date line. */
  private static final Pattern WEEKDAY =
      Pattern.compile("^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?[ \\t]+", Pattern.CASE_INSENSITIVE);

  /**
   * Words a bare date line may go on with: a time, a time zone in capitals, "last updated at".
   * Any other word makes it prose ("May 9, 1945: the war ends in Europe").
   */
  private static final Pattern TIME_WORD =
      Pattern.compile("(?i:at|last|updated|[ap]\\.?m\\.?)|[A-Z]{2,4}");

  private static final Map<String, String> AGENCIES =
      Map.of(
          "AP", "The Associated Press",
          "AFP", "Agence France-Presse",
          "UPI", "United Press International",
          "DPA", "Deutsche Presse-Agentur");

  private TextMetadataSniffer() {}

  /**
   * {@code given}, with a date and a publisher inferred from {@code text} where it has none, and
   * marked inferred. Given values always win.
   */
  static ArticleMetadata complete(ArticleMetadata given, String text) {
    Optional<LocalDate> date = given.datePublished();
    boolean dateInferred = given.dateInferred();
    if (date.isEmpty()) {
      date = date(text);
      dateInferred = date.isPresent();
    }
    Optional<String> publisher = given.publisher();
    boolean publisherInferred = given.publisherInferred();
    if (publisher.isEmpty()) {
      publisher = publisher(text);
      publisherInferred = publisher.isPresent();
    }
    return new ArticleMetadata(
        given.url(), publisher, date, given.headline(), dateInferred, publisherInferred);
  }

  /** The publication date printed near the top of {@code text}, if any. */
  static Optional<LocalDate> date(String text) {
    Optional<LocalDate> updated = Optional.empty();
    Matcher line = LABEL_LINE.matcher(head(text));
    while (line.find()) {
      Optional<LocalDate> date = labelledDate(line.group(2));
      boolean isUpdate =
          line.group(1).toLowerCase(Locale.ROOT).matches("updated|last updated|modified");
      if (date.isPresent() && !isUpdate) {
        return date;
      }
      if (updated.isEmpty()) {
        updated = date;
      }
    }
    Optional<LocalDate> bare = dateLine(text);
    return bare.isPresent() ? bare : updated;
  }

  /** The date of the first line near the top that is nothing but a date (and a time). */
  private static Optional<LocalDate> dateLine(String text) {
    String[] lines = head(text).split("\n", DATE_LINES + 1);
    for (int i = 0; i < Math.min(lines.length, DATE_LINES); i++) {
      String line = WEEKDAY.matcher(lines[i].strip()).replaceFirst("");
      Matcher m = DATE.matcher(line);
      if (m.lookingAt() && onlyTimeWords(line.substring(m.end()))) {
        return dateOf(m);
      }
    }
    return Optional.empty();
  }

  private static boolean onlyTimeWords(String rest) {
    for (String word : rest.split("[^\\p{L}.]+")) {
      String w = word.replaceAll("^\\.+|(?<=\\p{L}{2})\\.$", "");
      if (!w.isEmpty() && !TIME_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  private static Optional<LocalDate> labelledDate(String rest) {
    Matcher m = DATE.matcher(rest);
    if (!m.find() || FILLER_WORD.matcher(rest.substring(0, m.start())).find()) {
      return Optional.empty();
    }
    return dateOf(m);
  }

  private static Optional<LocalDate> dateOf(Matcher m) {
    try {
      if (m.group("iy") != null) {
        return Optional.of(LocalDate.of(num(m, "iy"), num(m, "im"), num(m, "id")));
      } else if (m.group("m1") != null) {
        return Optional.of(LocalDate.of(num(m, "y1"), month(m.group("m1")), num(m, "d1")));
      }
      return Optional.of(LocalDate.of(num(m, "y2"), month(m.group("m2")), num(m, "d2")));
    } catch (DateTimeException e) { // February 30 and the like
      return Optional.empty();
    }
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  /** The news agency named in a dateline near the top of {@code text}, if any. */
  static Optional<String> publisher(String text) {
    Matcher m = DATELINE.matcher(head(text));
    if (!m.find()) {
      return Optional.empty();
    }
    String agency = m.group("agency").strip();
    return Optional.of(AGENCIES.getOrDefault(agency.toUpperCase(Locale.ROOT), agency));
  }

  private static String head(String text) {
    return text.length() <= HEAD_CHARS ? text : text.substring(0, HEAD_CHARS);
  }
}
