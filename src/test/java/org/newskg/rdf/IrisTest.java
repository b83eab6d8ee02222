package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newskg.extract.Span;

class IrisTest {
  private final Iris iris = Iris.withDefaultBase();

  @Test
  void articleAndGraphIrisDependOnIdAndText() {
    String sha = Iris.sha256("some text");
    assertThat(iris.article("000_abc", sha))
        .isEqualTo("https://w3id.org/newskg/id/article/000-abc/" + sha.substring(0, 16));
    assertThat(iris.graph("000_abc", sha))
        .isEqualTo("https://w3id.org/newskg/id/graph/000-abc/" + sha.substring(0, 16));
    assertThat(iris.article("000_abc", Iris.sha256("other text")))
        .isNotEqualTo(iris.article("000_abc", sha));
  }

  @Test
  void sha256IsTheUsualHexDigest() {
    assertThat(Iris.sha256(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void spansUseNifCharFragments() {
    assertThat(iris.span("https://x.org/a/1", new Span(3, 9))).isEqualTo("https://x.org/a/1#char=3,9");
  }

  @Test
  void idsWithoutLettersStillGetDistinctStableSlugs() {
    String sha = Iris.sha256("t");
    assertThat(iris.article("???", sha)).isEqualTo(iris.article("???", sha));
    assertThat(iris.article("???", sha)).isNotEqualTo(iris.article("!!!", sha));
  }

  @Test
  void refusesBadBaseAndBadKeys() {
    assertThatThrownBy(() -> new Iris("ftp://x/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> iris.entity("Not A Slug")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventsAreNamedByArticleVersionAndTriggerSpanAndMergedEventsByKey() {
    String sha = Iris.sha256("some text");
    assertThat(iris.event("000_abc", sha, new Span(870, 874)))
        .isEqualTo("https://w3id.org/newskg/id/event/000-abc/" + sha.substring(0, 16) + "/870-874");
    assertThat(iris.mergedEvent("phonecall-dc64e4960d85"))
        .isEqualTo("https://w3id.org/newskg/id/event/merged/phonecall-dc64e4960d85");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> iris.mergedEvent("Not A Slug"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
