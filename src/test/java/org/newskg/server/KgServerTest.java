package org.newskg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's checks; no server is started here (that is {@code KgServerIT}). */
class KgServerTest {
  @TempDir Path dir;

  @Test
  void needsExactlyOneSource() {
    assertThatThrownBy(() -> KgServer.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(
            () -> KgServer.builder().store(dir).dataset(DatasetGraphFactory.createTxnMem()).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesBadPortTimeoutAndOrigins() {
    assertThatThrownBy(() -> KgServer.builder().store(dir).port(70_000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("70000");
    assertThatThrownBy(() -> KgServer.builder().store(dir).queryTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(
            () -> KgServer.builder().store(dir).corsOrigins("https://a.example, https://b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CORS origin");
  }

  @Test
  void refusesAMissingStoreDirectoryInsteadOfServingAnEmptyOne() {
    Path missing = dir.resolve("no-such-store");
    assertThatThrownBy(() -> KgServer.builder().store(missing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-store");
    assertThat(missing).doesNotExist();
  }

  @Test
  void refusesADatasetWithoutTdb2UnionDefaultGraph() {
    assertThatThrownBy(() -> KgServer.builder().dataset(DatasetGraphFactory.createTxnMem()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TDB2");
  }

  @Test
  void exampleQueryParsesAndCurlQuotesIt() {
    Query query = QueryFactory.create(ExampleQuery.ENTITIES_BY_ARTICLES);
    assertThat(query.isSelectType()).isTrue();
    assertThat(ExampleQuery.ENTITIES_BY_ARTICLES).doesNotContain("'").doesNotContain("\n");
    assertThat(ExampleQuery.curl("http://localhost:3030/kg/sparql"))
        .startsWith("curl -sG 'http://localhost:3030/kg/sparql' ")
        .contains("--data-urlencode 'query=PREFIX")
        .endsWith("LIMIT 20'");
  }
}
