package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportedMentionsTest {
  @Test
  void dropsAWeakMentionLeftAloneButKeepsItInACluster() {
    Set<String> weak = Set.of("injured@4", "party@9");
    List<List<String>> clusters =
        List.of(
            List.of("injured@4"), // alone: nothing confirms it
            List.of("party@9", "party@30"), // joined: confirmed
            List.of("said@2")); // alone, but a verb that stands alone
    assertThat(ReportedMentions.of(clusters, weak::contains))
        .containsExactly(List.of("party@9", "party@30"), List.of("said@2"));
  }
}
