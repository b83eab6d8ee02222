package org.newskg.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When something happened, as precisely as the text says: a day, or a range such as a week or a
 * month.
 *
 * @param value the ISO 8601 form: "2022-01-31", "2022-W04", "2021-12"
 * @param from the first day it may be
 * @param to the last day it may be (equal to {@code from} for a day)
 * @param evidence the words that say it ("on Monday", "last week")
 */
public record TimeValue(String value, LocalDate from, LocalDate to, Span evidence) {
  public TimeValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(evidence, "evidence");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("time %s ends %s before it begins %s".formatted(value, to, from));
    }
  }

  public boolean isDay() {
    return from.equals(to);
  }
}
