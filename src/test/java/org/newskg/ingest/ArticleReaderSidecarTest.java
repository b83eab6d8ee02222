package org.newskg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sidecars: given metadata, and what happens when a sidecar is bad. */
class ArticleReaderSidecarTest {
  private static final String WIRE_TEXT =
      "Published Jan. 30, 2022\n\nMOSCOW (Reuters) - Russia replied in writing.\n";

  @TempDir Path dir;

  private Path article;

  private CollectingSink readWithSidecar(String sidecarJson) throws IOException {
    article = Files.writeString(dir.resolve("wire.txt"), WIRE_TEXT);
    if (sidecarJson != null) {
      Files.writeString(dir.resolve("wire.json"), sidecarJson);
    }
    Files.writeString(dir.resolve("other.txt"), "Another article.");
    CollectingSink sink = new CollectingSink();
    ArticleReader.builder().build().read(List.of(dir), sink);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.ids()).containsExactly("other", "wire");
    return sink;
  }

  private Path sidecar() {
    return dir.resolve("wire.json");
  }

  @Test
  void givenMetadataWinsOverWhatTheTextShows() throws IOException {
    CollectingSink sink =
        readWithSidecar(
            "{\"publisher\": \"Given Outlet\", \"datePublished\": \"2022-01-31T08:00:00Z\","
                + " \"url\": \"https://example.org/wire\"}");

    ArticleMetadata metadata = sink.article("wire").metadata();
    assertThat(metadata.publisher()).contains("Given Outlet");
    assertThat(metadata.datePublished()).contains(LocalDate.of(2022, 1, 31));
    assertThat(metadata.url()).contains("https://example.org/wire");
    assertThat(metadata.dateInferred()).isFalse();
    assertThat(metadata.publisherInferred()).isFalse();
    assertThat(sink.warnings).isEmpty();
  }

  @Test
  void infersDateAndPublisherFromTheTextWithoutASidecar() throws IOException {
    CollectingSink sink = readWithSidecar(null);

    ArticleMetadata metadata = sink.article("wire").metadata();
    assertThat(metadata.publisher()).contains("Reuters");
    assertThat(metadata.datePublished()).contains(LocalDate.of(2022, 1, 30));
    assertThat(metadata.dateInferred()).isTrue();
    assertThat(metadata.publisherInferred()).isTrue();
    assertThat(sink.article("other").metadata()).isEqualTo(ArticleMetadata.NONE);
  }

  @Test
  void warnsAboutASidecarThatIsNotJsonAndReadsTheArticleWithoutIt() throws IOException {
    CollectingSink sink = readWithSidecar("{\n  \"publisher\": \"Given Outlet\",\n}\n");

    assertThat(sink.warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.file()).isEqualTo(sidecar().toString());
              assertThat(w.position()).isEqualTo("line 3");
              assertThat(w.reason())
                  .startsWith("sidecar not a JSON object near column 1:")
                  .endsWith("; article wire read without the sidecar");
            });
    ArticleMetadata metadata = sink.article("wire").metadata();
    assertThat(metadata.publisher()).contains("Reuters");
    assertThat(metadata.publisherInferred()).isTrue();
    assertThat(sink.events).containsSubsequence("warning " + sink.warnings.get(0), "article wire");
    assertThat(article).exists();
  }

  @Test
  void warnsAboutAnUnparseableSidecarDateAndKeepsTheOtherFields() throws IOException {
    CollectingSink sink =
        readWithSidecar("{\"publisher\": \"Given Outlet\", \"datePublished\": \"Jan 31 2022\"}");

    assertThat(sink.warnings)
        .containsExactly(
            new IngestProblem(
                sidecar().toString(),
                "key datePublished",
                "datePublished \"Jan 31 2022\" is not an ISO date (2022-01-31) or date-time"
                    + " (2022-01-31T09:30:00Z); article wire read without it"));
    ArticleMetadata metadata = sink.article("wire").metadata();
    assertThat(metadata.publisher()).contains("Given Outlet");
    assertThat(metadata.datePublished()).as("inferred instead").contains(LocalDate.of(2022, 1, 30));
    assertThat(metadata.dateInferred()).isTrue();
  }

  @Test
  void warnsAboutAnEmptySidecar() throws IOException {
    CollectingSink sink = readWithSidecar("");

    assertThat(sink.warnings)
        .containsExactly(
            new IngestProblem(
                sidecar().toString(),
                "",
                "sidecar file is empty; article wire read without the sidecar"));
  }
}
