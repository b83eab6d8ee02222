package org.newskg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * Turns the normalised values CoreNLP's SUTime gives date expressions ("2022-01-31", "2022-W04",
 * "2021-12") into {@link TimeValue}s. SUTime resolves a bare weekday forward from the document
 * date; reports in the past tense speak of the past, so a day it puts after the document date is
 * moved back a week ("Smith said Thursday" in a Monday paper means the Thursday before).
 */
final class TimeResolver {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");

  private final Analysis analysis;

  TimeResolver(Analysis analysis) {
    this.analysis = analysis;
  }

  /** The first date among tokens [first, end) that are not in {@code skip}, as a time value. */
  Optional<TimeValue> firstDate(int first, int end, IntPredicate skip, boolean past) {
    for (int i = first; i < end; i++) {
      Token t = analysis.token(i);
      if (skip.test(i) || !t.ner().equals("DATE") || t.normalizedNer().isEmpty()) {
        continue;
      }
      int last = i;
      while (last + 1 < end && analysis.token(last + 1).ner().equals("DATE")) {
        last++;
      }
      Span evidence = new Span(t.begin(), analysis.token(last).end());
      Optional<TimeValue> value = parse(t.normalizedNer(), evidence, past);
      if (value.isPresent()) {
        return value;
      }
      i = last;
    }
    return Optional.empty();
  }

  Optional<TimeValue> parse(String normalized, Span evidence, boolean past) {
    String v = normalized.replaceFirst("T.*$", "");
    try {
      Matcher day = DAY.matcher(v);
      if (day.matches()) {
        LocalDate d = LocalDate.parse(v);
        LocalDate doc = analysis.documentDate().orElse(null);
        if (past && doc != null && d.isAfter(doc) && !d.isAfter(doc.plusDays(6))) {
          d = d.minusWeeks(1);
        }
        return Optional.of(new TimeValue(d.toString(), d, d, evidence));
      }
      Matcher week = WEEK.matcher(v);
      if (week.matches()) {
        LocalDate monday =
            LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                .with(DayOfWeek.MONDAY);
        return Optional.of(new TimeValue(v, monday, monday.plusDays(6), evidence));
      }
      Matcher month = MONTH.matcher(v);
      if (month.matches()) {
        YearMonth ym = YearMonth.parse(v);
        return Optional.of(new TimeValue(v, ym.atDay(1), ym.atEndOfMonth(), evidence));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
