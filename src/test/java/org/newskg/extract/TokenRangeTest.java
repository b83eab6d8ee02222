package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenRangeTest {

  @Test
  void holdsItsBeginAndNotItsEnd() {
    TokenRange range = new TokenRange(2, 5);
    assertThat(range.size()).isEqualTo(3);
    assertThat(range.contains(1)).isFalse();
    assertThat(range.contains(2)).isTrue();
    assertThat(range.contains(4)).isTrue();
    assertThat(range.contains(5)).isFalse();
  }

  @Test
  void movesOneEndAndKeepsTheOther() {
    TokenRange range = new TokenRange(2, 5);
    assertThat(range.withBegin(3)).isEqualTo(new TokenRange(3, 5));
    assertThat(range.withEnd(9)).isEqualTo(new TokenRange(2, 9));
    assertThat(range).isEqualTo(new TokenRange(2, 5));
  }

  @Test
  void keepsARangeOnlyWithEnoughTokens() {
    assertThat(TokenRange.ofAtLeast(4, 7, 3)).contains(new TokenRange(4, 7));
    assertThat(TokenRange.ofAtLeast(4, 6, 3)).isEmpty();
    assertThat(TokenRange.ofAtLeast(8, 6, 3)).isEmpty(); // begin past end: trimmed away
  }

  @Test
  void rejectsANegativeBeginAndAnEndBeforeTheBegin() {
    assertThatThrownBy(() -> new TokenRange(-1, 2)).hasMessageContaining("begin -1 is negative");
    assertThatThrownBy(() -> new TokenRange(5, 4)).hasMessageContaining("end 4 before begin 5");
  }
}
