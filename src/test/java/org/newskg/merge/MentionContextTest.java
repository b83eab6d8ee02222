package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Span;

class MentionContextTest {
  private static final String TEXT =
      "A ferry sank off Kestrel Point on Tuesday.\n"
          + "The Kestrel Star, carrying 1,250 passengers, capsized near the pier at 6.40 a.m. Rescuers"
          + " arrived later!";

  private static Span span(String word) {
    int at = TEXT.indexOf(word);
    return new Span(at, at + word.length());
  }

  @Test
  void takesTheWordsAndNumbersOfTheMentionsOwnSentenceOnly() {
    assertThat(MentionContext.of(TEXT, List.of(span("capsized"))))
        .containsExactlyInAnyOrder(
            "w:kestrel", "w:star", "w:carrying", "w:passengers", "w:near", "w:pier", "n:1250",
            "n:6.40");
  }

  @Test
  void leavesOutTheTriggerAndItsSupportVerb() {
    assertThat(MentionContext.of(TEXT, List.of(span("sank"), span("ferry"))))
        .containsExactlyInAnyOrder("w:kestrel", "w:point", "w:tuesday");
  }

  @Test
  void aSpanOutsideTheTextIsACallersMistake() {
    assertThatThrownBy(() -> MentionContext.of("short", List.of(new Span(2, 40))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("span 2-40");
  }
}
