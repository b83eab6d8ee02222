package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialQuotesTest {
  private static final SpeakerRef ROE = new SpeakerRef.Named("roe");
  private static final SpeakerRef DOE = new SpeakerRef.Named("doe");

  private static Statement reported(int begin, int end, SpeakerRef speaker) {
    return new Statement(
        new Span(begin, end), "words", false, Optional.of(speaker), Optional.of(new Span(0, 3)), "say", Optional.empty());
  }

  private static Statement quote(int begin, int end) {
    return new Statement(new Span(begin, end), "quoted", true, Optional.empty(), Optional.empty(), "", Optional.empty());
  }

  @Test
  void aQuoteNobodySaysInsideAReportedClauseIsTheReportersWords() {
    Statement s = PartialQuotes.withReporter(quote(20, 35), List.of(reported(10, 60, ROE)));
    assertThat(s.speaker()).contains(ROE);
    assertThat(s.direct()).isTrue();
    assertThat(s.content()).isEqualTo(new Span(20, 35));
    assertThat(s.cue()).isEqualTo("say");
  }

  @Test
  void aClauseEndingOnTheClosingMarkHoldsTheQuote() {
    assertThat(PartialQuotes.withReporter(quote(40, 61), List.of(reported(10, 60, ROE))).speaker()).contains(ROE);
  }

  @Test
  void theInnermostClauseSpeaks() {
    List<Statement> layers = List.of(reported(0, 100, DOE), reported(10, 60, ROE));
    assertThat(PartialQuotes.withReporter(quote(20, 35), layers).speaker()).contains(ROE);
  }

  @Test
  void aQuoteOutsideEveryClauseOrWithASpeakerIsLeftAlone() {
    List<Statement> clauses = List.of(reported(10, 60, ROE));
    assertThat(PartialQuotes.withReporter(quote(70, 90), clauses).speaker()).isEmpty();
    Statement said =
        new Statement(new Span(20, 35), "quoted", true, Optional.of(DOE), Optional.of(new Span(0, 3)), "say", Optional.empty());
    assertThat(PartialQuotes.withReporter(said, clauses).speaker()).contains(DOE);
  }
}
