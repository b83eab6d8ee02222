package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoriesTest {
  private static final double THRESHOLD = EventCoreference.STORY_THRESHOLD;

  private static Map<String, Set<String>> docs(boolean withShortReport) {
    Map<String, Set<String>> docs = new LinkedHashMap<>();
    docs.put("a", Set.of("e:harbour-town", "w:ferry", "w:capsized", "w:storm", "w:rescuers", "w:divers"));
    docs.put("b", Set.of("e:harbour-town", "w:ferry", "w:capsized", "w:storm", "w:passengers", "w:coast"));
    docs.put("c", Set.of("e:harbour-town", "w:ferry", "w:capsized", "w:rescuers", "w:passengers", "w:coast"));
    docs.put("z", Set.of("e:mill-valley", "w:election", "w:mayor", "w:ballots", "w:turnout", "w:council"));
    docs.put("y", Set.of("e:mill-valley", "w:election", "w:mayor", "w:ballots", "w:recount", "w:council"));
    if (withShortReport) {
      // shares only the divers with one report of the ferry story (cosine 0.15 with it, 0.05 on
      // average with the story), nothing with the election
      docs.put("d", Set.of("w:divers", "w:night", "w:winds", "w:tide", "w:boats", "w:harbour"));
    }
    return docs;
  }

  @Test
  void reportsOfOneStoryGoTogetherAndAnotherStoryStaysApart() {
    Map<String, String> s = Stories.of(docs(false), THRESHOLD);
    assertThat(s.get("a")).isEqualTo(s.get("b")).isEqualTo(s.get("c"));
    assertThat(s.get("z")).isEqualTo(s.get("y")).isNotEqualTo(s.get("a"));
  }

  @Test
  void aShortReportCloseToOneArticleOfAStoryJoinsThatStory() {
    Map<String, String> s = Stories.of(docs(true), THRESHOLD);
    assertThat(s.get("d")).isEqualTo(s.get("a"));
    assertThat(s.get("z")).isNotEqualTo(s.get("a"));
  }

  @Test
  void reportsOfOneStoryAreMoreAlikeThanReportsOfTwo() {
    Stories.Similarities sim = Stories.similarities(docs(false));
    assertThat(sim.of("a", "b")).isEqualTo(sim.of("b", "a")).isGreaterThan(sim.of("a", "z"));
    assertThat(sim.of("a", "b")).isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(sim.of("a", "a")).isEqualTo(1.0);
    assertThat(sim.of("a", "unknown")).isZero();
    assertThat(Stories.of(sim, THRESHOLD)).isEqualTo(Stories.of(docs(false), THRESHOLD));
  }

  @Test
  void aLoneReportJoinsItsNearestStoryFromTheLowerThresholdOnly() {
    Map<String, Set<String>> docs = docs(false);
    // shares only the divers with one report of the ferry story, among more words of its own
    docs.put(
        "e",
        Set.of("w:divers", "w:night", "w:winds", "w:tide", "w:boats", "w:harbour", "w:gulls", "w:pier"));
    Stories.Similarities sim = Stories.similarities(docs);
    assertThat(sim.of("e", "a")).isLessThan(THRESHOLD).isGreaterThanOrEqualTo(0.10);
    assertThat(Stories.of(sim, THRESHOLD).get("e")).isEqualTo("e");
    assertThat(Stories.of(sim, THRESHOLD, 0.10).get("e")).isEqualTo(Stories.of(sim, THRESHOLD).get("a"));
    // the other documents keep their stories
    assertThat(Stories.of(sim, THRESHOLD, 0.10).get("z")).isEqualTo(Stories.of(sim, THRESHOLD).get("z"));
  }
}
