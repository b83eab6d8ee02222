package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static List<String> quotes(String text) {
    return new QuoteFinder().find(text).stream().map(q -> q.inner().of(text)).toList();
  }

  @Test
  void pairsCurlyAndStraightMarks() {
    assertThat(quotes("“We won,” she said. He called it \"a fluke\".")).containsExactly("We won,", "a fluke");
  }

  @Test
  void aQuoteLeftOpenRunsOverLinesWithoutMarksToItsNextPart() {
    String text = "“We are a different team.\nHe is so active.\n“I am really proud of him.”\nThe game ended.";
    List<QuotedSpan> found = new QuoteFinder().find(text);
    assertThat(found).extracting(q -> q.inner().of(text))
        .containsExactly("We are a different team.\nHe is so active.", "I am really proud of him.");
    assertThat(found.get(1).continuesPrevious()).isTrue();
  }

  @Test
  void aBlankLineEndsAQuoteLeftOpen() {
    String text = "“We are a different team.\n\nHe is so active.\n“I am really proud of him.”";
    assertThat(quotes(text)).containsExactly("We are a different team.", "I am really proud of him.");
  }

  @Test
  void marksTypedAsTwoApostrophesOrBackquotesAreQuotationMarks() {
    String text = "''Is it over?\" the coach asked. ``Not yet,'' she said. Rock 'n' roll; a 5'' screen.";
    assertThat(quotes(text)).containsExactly("Is it over?", "Not yet,");
    assertThat(QuoteFinder.withDoubledMarks(text)).hasSameSizeAs(text);
  }

  @Test
  void singleMarksQuoteOutsideDoubleOnesButNotApostrophes() {
    String text = "Browser flaw 'fixed', say engineers. Jones' car from the '90s.\n"
        + "\"It was 'rubbish', he said,\" she wrote. Rock 'n' roll, it's ‘over’.";
    assertThat(quotes(text)).containsExactly("fixed", "It was 'rubbish', he said,", "over");
  }

  @Test
  void aSourceCreditClosingALineEndsAReportQuotedWithoutItsClosingMark() {
    String text = "A local paper had more.\n"
        + "\"Two barns burned near Millbrook on Sunday.\n"
        + "Nobody was hurt. (Valley Herald Article)\n"
        + "Firefighters left at dawn, the chief said.\n"
        + "\"We will rebuild,\" the farmer said.";
    assertThat(quotes(text))
        .containsExactly("Two barns burned near Millbrook on Sunday.\nNobody was hurt.", "We will rebuild,");
  }

  @Test
  void aParenthesisInsideASentenceIsNoSourceCredit() {
    String text = "\"The plan (Phase Two) starts soon,\" she said.";
    assertThat(quotes(text)).containsExactly("The plan (Phase Two) starts soon,");
  }

  @Test
  void aQuotedLineWhoseClosingMarkIsMissingEndsAtItsLineBeforeAnotherQuoteOpens() {
    String text = "\"She knows the town and wants to keep it safe.\n"
        + "The vote is next week.\n"
        + "The mayor has starred in \"Harbour Nights\" and chaired the board.";
    assertThat(quotes(text)).containsExactly("She knows the town and wants to keep it safe.", "Harbour Nights");
  }

  @Test
  void aLoneStraightMarkInsideALineStaysNoQuote() {
    assertThat(quotes("The screen is 5\" wide.\nIt costs less.")).isEmpty();
  }
}
