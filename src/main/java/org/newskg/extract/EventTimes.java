package org.newskg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.nlp.Token;

/**
 * When an event happens: the date expression that belongs to its trigger (the first event word or
 * verb above the date in the tree is the trigger or its support verb), normalised by SUTime against
 * the article date, then turned the way the event lies in time. SUTime puts a bare weekday in the
 * document's week and a bare month in its year; an event told as having happened cannot lie after
 * the article, and one that is planned cannot lie before it, so "on Tuesday" stays on the coming
 * Tuesday for a planned call and "in December" becomes the December before for a past meeting.
 */
final class EventTimes {
  /** Which way an event lies from the article date. */
  enum Direction {
    PAST,
    FUTURE,
    UNKNOWN
  }

  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(day)?\\b");
  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
  private static final Set<String> RELATIVE = Set.of("last", "next", "this", "ago", "yesterday",
      "today", "tomorrow", "tonight", "earlier", "later", "week", "month", "year");

  private final DependencyTree tree;
  private final TimeResolver resolver;

  EventTimes(DependencyTree tree) {
    this.tree = tree;
    this.resolver = new TimeResolver(tree.analysis());
  }

  static Direction direction(Factuality factuality, Token trigger) {
    return switch (factuality) {
      case PLANNED -> Direction.FUTURE;
      case ASSERTED -> Direction.PAST;
      default -> trigger.pos().equals("VBD") || trigger.pos().equals("VBN")
          ? Direction.PAST
          : Direction.UNKNOWN;
    };
  }

  /** The time of the event whose trigger (and support verb) is given, if the text tells. */
  Optional<TimeValue> of(int trigger, Optional<Integer> support, Set<Integer> events,
      Direction direction) {
    var sentence = tree.analysis().sentenceOf(tree.token(trigger));
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token t = tree.token(i);
      if (!t.ner().equals("DATE") || t.normalizedNer().isEmpty()) {
        continue;
      }
      int last = i;
      while (last + 1 < sentence.endToken() && tree.token(last + 1).ner().equals("DATE")) {
        last++;
      }
      int owner = owner(i, last, events);
      if (owner == trigger || support.isPresent() && owner == support.get()) {
        Span evidence = new Span(t.begin(), tree.token(last).end());
        Optional<TimeValue> v = resolver.parse(t.normalizedNer(), evidence, false);
        if (v.isPresent()) {
          return Optional.of(turn(v.get(), evidence.of(tree.analysis().text()), direction));
        }
      }
      i = last;
    }
    return Optional.empty();
  }

  /** The first event word or verb above the date expression [first, last]. */
  private int owner(int first, int last, Set<Integer> events) {
    int cur = first;
    for (int guard = 0; guard < 30; guard++) {
      int head = tree.token(cur).head();
      if (head < 0) {
        return -1;
      }
      if (head < first || head > last) {
        Token h = tree.token(head);
        if (events.contains(head) || h.pos().startsWith("VB")) {
          return head;
        }
      }
      cur = head;
    }
    return -1;
  }

  /** Moves a weekday or a month given without its year to the side of the article date. */
  TimeValue turn(TimeValue v, String words, Direction direction) {
    Optional<LocalDate> doc = tree.analysis().documentDate();
    if (doc.isEmpty() || direction == Direction.UNKNOWN || YEAR.matcher(words).find()
        || hasRelativeWord(words)) {
      return v;
    }
    return turn(v, words, direction, doc.get());
  }

  static TimeValue turn(TimeValue v, String words, Direction direction, LocalDate doc) {
    boolean past = direction == Direction.PAST;
    if (v.isDay() && WEEKDAY.matcher(words).find() && !Pattern.compile("\\d").matcher(words).find()) {
      LocalDate d = v.from();
      if (past && d.isAfter(doc)) {
        d = d.minusWeeks(1);
      } else if (!past && d.isBefore(doc)) {
        d = d.plusWeeks(1);
      }
      return new TimeValue(d.toString(), d, d, v.evidence());
    }
    YearMonth docMonth = YearMonth.from(doc);
    YearMonth month = YearMonth.from(v.from());
    if (!YearMonth.from(v.to()).equals(month)) {
      return v;
    }
    int shift = past && month.isAfter(docMonth) ? -1 : !past && month.isBefore(docMonth) ? 1 : 0;
    if (shift == 0) {
      return v;
    }
    if (v.isDay()) {
      LocalDate d = v.from().plusYears(shift);
      return new TimeValue(d.toString(), d, d, v.evidence());
    }
    YearMonth m = month.plusYears(shift);
    return new TimeValue(m.toString(), m.atDay(1), m.atEndOfMonth(), v.evidence());
  }

  private static boolean hasRelativeWord(String words) {
    for (String w : words.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (RELATIVE.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
