package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EventTimes.Direction;

/** Turning SUTime's values to the side of the article date where the event lies. */
class EventTimesTest {
  private static final LocalDate MONDAY = LocalDate.of(2022, 1, 31);
  private static final Span WORDS = new Span(0, 10);

  private static TimeValue day(String d) {
    LocalDate x = LocalDate.parse(d);
    return new TimeValue(d, x, x, WORDS);
  }

  private static TimeValue month(String ym) {
    var m = java.time.YearMonth.parse(ym);
    return new TimeValue(ym, m.atDay(1), m.atEndOfMonth(), WORDS);
  }

  @Test
  void aPlannedTuesdayStaysTheComingTuesday() {
    assertThat(EventTimes.turn(day("2022-02-01"), "on Tuesday", Direction.FUTURE, MONDAY).value())
        .isEqualTo("2022-02-01");
  }

  @Test
  void aPastThursdayIsTheThursdayBefore() {
    assertThat(EventTimes.turn(day("2022-02-03"), "Thursday", Direction.PAST, MONDAY).value())
        .isEqualTo("2022-01-27");
  }

  @Test
  void aPlannedWeekdayBeforeTheArticleIsNextWeek() {
    LocalDate wednesday = LocalDate.of(2022, 2, 2);
    assertThat(EventTimes.turn(day("2022-01-31"), "on Monday", Direction.FUTURE, wednesday).value())
        .isEqualTo("2022-02-07");
  }

  @Test
  void aPastDecemberIsTheDecemberBefore() {
    TimeValue t = EventTimes.turn(month("2022-12"), "in December", Direction.PAST, MONDAY);
    assertThat(t.value()).isEqualTo("2021-12");
    assertThat(t.from()).isEqualTo(LocalDate.of(2021, 12, 1));
    assertThat(t.to()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void aPastDayOfDecemberIsLastYear() {
    assertThat(EventTimes.turn(day("2022-12-02"), "on December 2", Direction.PAST, MONDAY).value())
        .isEqualTo("2021-12-02");
  }

  @Test
  void aPlannedMarchStaysThisYearAndAPlannedJanuaryInDecemberIsNextYear() {
    assertThat(EventTimes.turn(month("2022-03"), "in March", Direction.FUTURE, MONDAY).value())
        .isEqualTo("2022-03");
    LocalDate december = LocalDate.of(2021, 12, 20);
    assertThat(EventTimes.turn(month("2021-01"), "in January", Direction.FUTURE, december).value())
        .isEqualTo("2022-01");
  }

  @Test
  void aDayOnTheArticleDateIsLeftAlone() {
    assertThat(EventTimes.turn(day("2022-01-31"), "on Monday", Direction.PAST, MONDAY).value())
        .isEqualTo("2022-01-31");
    assertThat(EventTimes.turn(day("2022-01-31"), "on Monday", Direction.FUTURE, MONDAY).value())
        .isEqualTo("2022-01-31");
  }

  @Test
  void directionFollowsFactualityThenTense() {
    var vbd = new org.newskg.nlp.Token(0, 0, 0, 3, "met", "meet", "VBD", "O", "", -1, "root");
    var vb = new org.newskg.nlp.Token(0, 0, 0, 4, "meet", "meet", "VB", "O", "", -1, "root");
    assertThat(EventTimes.direction(Factuality.PLANNED, vbd)).isEqualTo(Direction.FUTURE);
    assertThat(EventTimes.direction(Factuality.ASSERTED, vb)).isEqualTo(Direction.PAST);
    assertThat(EventTimes.direction(Factuality.DENIED, vbd)).isEqualTo(Direction.PAST);
    assertThat(EventTimes.direction(Factuality.HYPOTHETICAL, vb)).isEqualTo(Direction.UNKNOWN);
  }

  @Test
  void eventKeysJoinNounsToTheirVerbs() {
    assertThat(EventLexicon.key("response")).isEqualTo(EventLexicon.key("respond"));
    assertThat(EventLexicon.key("evacuation")).isEqualTo(EventLexicon.key("evacuate"));
    assertThat(EventLexicon.key("shooting")).isEqualTo(EventLexicon.key("shoot"));
    assertThat(EventLexicon.key("deployment")).isEqualTo(EventLexicon.key("deploy"));
    assertThat(EventLexicon.key("invasion")).isEqualTo(EventLexicon.key("invade"));
    assertThat(EventLexicon.key("meeting")).isNotEqualTo(EventLexicon.key("election"));
  }
}
