package org.newskg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.testsupport.SeedStore;
import org.newskg.testsupport.StoreSnapshot;

/**
 * A store compacted by the ingest when enough write transactions have piled up keeps every quad,
 * stays usable in the same process, and still knows what it holds.
 */
class CompactionIT {
  private static final String TEXT =
      "BERLIN — The city council voted on Thursday to extend the night bus network, said Anna"
          + " Weber, the council's transport spokeswoman.";

  @TempDir Path dir;

  @Test
  void ingestCompactsTheStoreAfterEnoughCommitsAndKeepsEveryQuad() throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(
        input,
        String.join(
            "\n",
            line("council-1", TEXT),
            line("council-2", TEXT + " The first lines open in May."),
            line("council-3", TEXT + " Tickets will cost the same.")));
    IngestSettings settings =
        new IngestSettings(
            IngestSettings.DEFAULT.nlp(), IngestSettings.DEFAULT.baseIri(), 1, 2, 1 << 20);
    Path storeDir = dir.resolve("store");

    try (KgStore kg = KgStore.open(storeDir)) {
      IngestReport first = job(kg, settings).run(List.of(input));
      assertThat(first.stored()).isEqualTo(3);
      assertThat(first.compacted()).as("3 commits, threshold 2").isTrue();
      StoreSnapshot afterCompaction = StoreSnapshot.of(kg.dataset());
      assertThat(afterCompaction.graphs()).hasSize(3);
      assertThat(afterCompaction.quads()).hasSize((int) first.quads());
      assertThat(dataGenerations(storeDir)).as("old generation deleted").hasSize(1);

      IngestReport again = job(kg, settings).run(List.of(input));
      assertThat(again.unchanged()).isEqualTo(3);
      assertThat(again.stored()).isZero();
      assertThat(StoreSnapshot.of(kg.dataset())).isEqualTo(afterCompaction);
    }
  }

  private static IngestJob job(KgStore kg, IngestSettings settings) {
    return IngestJob.builder()
        .store(kg.dataset(), kg.directory())
        .nlp(SeedStore.nlp())
        .settings(settings)
        .build();
  }

  private static List<String> dataGenerations(Path storeDir) throws IOException {
    try (Stream<Path> entries = Files.list(storeDir)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("Data-"))
          .toList();
    }
  }

  private static String line(String id, String text) {
    return "{\"id\": \""
        + id
        + "\", \"text\": \""
        + text
        + "\", \"datePublished\": \"2024-04-11\"}";
  }
}
