package org.newskg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.testsupport.SeedStore;

/** Merged statements follow the store: articles added, revised and removed. */
class MergeRebuildIT {
  private static final String LAVROV_OUTLET = "002_bf7c9e39a424e70b";
  private static final String PESKOV_OUTLET = "004_f21e273e5e128133";

  private static int discrepancies(KgStore kg) {
    ResultSetRewindable rs =
        SeedStore.select(
            kg.dataset(),
            StatementGraphIT.PREFIXES
                + "SELECT ?m WHERE { ?m a nkg:MergedStatement ; nkg:attributionDiscrepancy true }");
    return rs.size();
  }

  private static int articlesReporting(KgStore kg, String words) {
    ResultSetRewindable rs =
        SeedStore.select(
            kg.dataset(),
            StatementGraphIT.PREFIXES
                + "SELECT ?n WHERE { ?m a nkg:MergedStatement ; nkg:quote ?q ; nkg:articleCount ?n"
                + " FILTER(CONTAINS(?q, \"%s\")) }".formatted(words));
    return rs.hasNext() ? rs.next().getLiteral("n").getInt() : 0;
  }

  private static Path copy(Path dir, String id) throws Exception {
    Files.copy(SeedStore.SEEDS.resolve(id + ".txt"), dir.resolve(id + ".txt"));
    Files.copy(SeedStore.SEEDS.resolve(id + ".json"), dir.resolve(id + ".json"));
    return dir.resolve(id + ".txt");
  }

  @Test
  void removingAnArticleTakesItOutOfEveryMergedStatement(@TempDir Path tmp) throws Exception {
    Path inputs = Files.createDirectories(tmp.resolve("in"));
    copy(inputs, LAVROV_OUTLET);
    copy(inputs, PESKOV_OUTLET);
    try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
      SeedStore.ingest(kg, List.of(inputs));
      assertThat(discrepancies(kg)).isEqualTo(1);
      assertThat(articlesReporting(kg, "unproductive to negotiate")).isEqualTo(2);

      ArticleRemoval.Result removed =
          new ArticleRemoval(kg.dataset(), "https://w3id.org/newskg/id/").remove(List.of(PESKOV_OUTLET));
      assertThat(removed.problems()).isEmpty();
      assertThat(removed.graphs()).isEqualTo(1);
      assertThat(discrepancies(kg)).isZero();
      assertThat(articlesReporting(kg, "unproductive to negotiate")).isEqualTo(1);
    }
  }

  @Test
  void aRevisionReplacesItsOldVersionInTheMerge(@TempDir Path tmp) throws Exception {
    Path inputs = Files.createDirectories(tmp.resolve("in"));
    copy(inputs, LAVROV_OUTLET);
    Path peskov = copy(inputs, PESKOV_OUTLET);
    try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
      SeedStore.ingest(kg, List.of(inputs));
      assertThat(discrepancies(kg)).isEqualTo(1);

      String text = Files.readString(peskov);
      String revised = text.replaceAll("(?m)^According to Peskov.*$", "");
      assertThat(revised).isNotEqualTo(text);
      Files.writeString(peskov, revised);
      var report = SeedStore.ingest(kg, List.of(inputs));
      assertThat(report.revised()).isEqualTo(1);
      assertThat(report.unchanged()).isEqualTo(1);
      assertThat(discrepancies(kg)).isZero();
    }
  }

  @Test
  void removingAnUnknownIdIsReportedAndChangesNothing(@TempDir Path tmp) throws Exception {
    Path inputs = Files.createDirectories(tmp.resolve("in"));
    copy(inputs, PESKOV_OUTLET);
    try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
      SeedStore.ingest(kg, List.of(inputs));
      int before = articlesReporting(kg, "unproductive to negotiate");
      ArticleRemoval.Result r =
          new ArticleRemoval(kg.dataset(), "https://w3id.org/newskg/id/").remove(List.of("no-such-id"));
      assertThat(r.articles()).isZero();
      assertThat(r.problems()).singleElement().asString().contains("no-such-id");
      assertThat(articlesReporting(kg, "unproductive to negotiate")).isEqualTo(before);
    }
  }
}
