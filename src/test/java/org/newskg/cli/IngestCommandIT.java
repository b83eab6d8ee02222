package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;
import org.newskg.testsupport.NamedQuery;
import org.newskg.testsupport.SeedStore;
import org.newskg.testsupport.StoreSnapshot;

/**
 * {@code newskg ingest} through {@link Main#run}, with the real CoreNLP pipeline of the JVM and a
 * real TDB2 store that holds the seeds from the first run on: re-ingesting is a no-op, and a
 * changed text under a known id is a new version.
 */
class IngestCommandIT {
  private static final String SEED_003 = "003_f8e02747d2952e30";
  private static final String PREFIXES =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      """;

  @TempDir static Path work;
  private static Path store;
  private static Cli.Result firstRun;

  @BeforeAll
  static void ingestSeeds() {
    SeedStore.nlp(); // load the models before anything is timed or printed
    store = work.resolve("store");
    firstRun = ingest(SeedStore.SEEDS.toString());
  }

  private static Cli.Result ingest(String... inputs) {
    List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString()));
    args.addAll(List.of(inputs));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void firstIngestOfTheSeedsStoresFiveArticles() {
    assertThat(firstRun.exit()).as(firstRun.toString()).isZero();
    assertThat(Cli.Summary.of(firstRun)).isEqualTo(new Cli.Summary(5, 0, 0, 0));
    assertThat(StoreSnapshot.of(store).graphs()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void reingestingTheSeedsStoresNothingAndLeavesTheStoreIdentical() {
    StoreSnapshot before = StoreSnapshot.of(store);

    Cli.Result again = ingest(SeedStore.SEEDS.toString());

    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(Cli.Summary.of(again)).isEqualTo(new Cli.Summary(0, 0, 5, 0));
    StoreSnapshot after = StoreSnapshot.of(store);
    assertThat(after.graphs()).isEqualTo(before.graphs());
    assertThat(after.quads()).hasSameSizeAs(before.quads());
    assertThat(before.missingFrom(after)).isEmpty();
  }

  @Test
  void aChangedTextUnderAKnownIdIsANewVersionThatRevisesTheOldOne() throws IOException {
    String oldText = Files.readString(SeedStore.SEEDS.resolve(SEED_003 + ".txt"));
    String newText =
        oldText
            + "\nGerman Chancellor Olaf Scholz said on Tuesday that Berlin supported the talks.\n";
    Path folder = Files.createDirectories(work.resolve("revision"));
    Files.writeString(folder.resolve(SEED_003 + ".txt"), newText, StandardCharsets.UTF_8);
    Files.copy(SeedStore.SEEDS.resolve(SEED_003 + ".json"), folder.resolve(SEED_003 + ".json"));
    Iris iris = Iris.withDefaultBase();
    String oldArticle = iris.article(SEED_003, Iris.sha256(oldText));
    String oldGraph = iris.graph(SEED_003, Iris.sha256(oldText));
    String newArticle = iris.article(SEED_003, Iris.sha256(newText));
    String newGraph = iris.graph(SEED_003, Iris.sha256(newText));
    StoreSnapshot before = StoreSnapshot.of(store);

    Cli.Result result = ingest(folder.toString());

    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(Cli.Summary.of(result)).isEqualTo(new Cli.Summary(1, 1, 0, 0));
    StoreSnapshot after = StoreSnapshot.of(store);
    assertThat(before.newGraphsIn(after)).containsExactly(newGraph);
    assertThat(before.missingFrom(after)).as("the old version's graph stays whole").isEmpty();
    assertThat(after.graph(oldGraph)).isEqualTo(before.graph(oldGraph)).isNotEmpty();
    assertThat(
            select(
                PREFIXES
                    + "SELECT ?g WHERE { GRAPH ?g { <"
                    + newArticle
                    + "> prov:wasRevisionOf <"
                    + oldArticle
                    + "> } }"))
        .extracting(r -> r.getResource("g").getURI())
        .containsExactly(newGraph);

    List<QuerySolution> versions =
        select(
            NamedQuery.withValues(
                "article-revisions.rq", "VALUES ?articleId { \"" + SEED_003 + "\" }"));
    assertThat(versions)
        .extracting(r -> r.getResource("article").getURI(), r -> r.getResource("g").getURI())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(oldArticle, oldGraph),
            org.assertj.core.groups.Tuple.tuple(newArticle, newGraph));
    assertThat(versions.get(0).get("previous")).isNull();
    assertThat(versions.get(1).getResource("previous").getURI()).isEqualTo(oldArticle);
    assertThat(versions.get(1).getResource("previousGraph").getURI()).isEqualTo(oldGraph);

    // The only new fact about shared nodes is the person the new sentence names.
    List<QuerySolution> changes =
        select(
            NamedQuery.withValues(
                "revision-changes.rq", "VALUES ?articleId { \"" + SEED_003 + "\" }"));
    assertThat(changes)
        .filteredOn(r -> r.getLiteral("change").getString().equals("added"))
        .extracting(r -> r.getResource("s").getURI())
        .contains(iris.entity("olaf-scholz"));

    Cli.Result again = ingest(folder.toString());
    assertThat(Cli.Summary.of(again)).isEqualTo(new Cli.Summary(0, 0, 1, 0));
  }

  private static List<QuerySolution> select(String sparql) {
    try (KgStore kg = KgStore.open(store)) {
      ResultSetRewindable rs = SeedStore.select(kg.dataset(), sparql);
      List<QuerySolution> rows = new ArrayList<>();
      rs.forEachRemaining(rows::add);
      return rows;
    }
  }
}
