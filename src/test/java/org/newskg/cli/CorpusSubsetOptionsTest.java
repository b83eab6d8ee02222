package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusSubsetOptionsTest {
  private static CorpusSubsetOptions topics(String... words) {
    CorpusSubsetOptions o = new CorpusSubsetOptions();
    o.topics = List.of(words);
    return o;
  }

  @Test
  void numbersOddAndEvenChooseTopics() {
    assertThat(topics("1", " 3", "12").topicNumbers()).containsExactlyInAnyOrder(1, 3, 12);
    assertThat(topics("odd").topicNumbers()).contains(1, 3, 35, 45).doesNotContain(2, 44);
    assertThat(topics("EVEN").topicNames()).contains("2", "44").doesNotContain("1");
    assertThat(topics().topicNumbers()).isEmpty();
  }

  @Test
  void aWordThatIsNoTopicIsAUsageErrorNamingIt() {
    assertThatThrownBy(() -> topics("1", "odds").topicNames())
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("'odds'");
    assertThatThrownBy(() -> topics("0").topicNumbers()).isInstanceOf(UsageError.class);
  }
}
