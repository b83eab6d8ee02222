package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.Article;

/** The benchmark's JSONL copies of the seeds read back as the seeds, under distinct ids. */
class BenchInputsTest {
  @TempDir Path dir;

  @Test
  void copiesReadBackWithTheSeedsTextsAndMetadataUnderDistinctIds() throws IOException {
    List<Article> seeds = BenchInputs.read(List.of(Path.of("seeds")));
    assertThat(seeds).hasSize(5);

    List<Path> files = BenchInputs.write(seeds, 12, 5, "bench", dir);

    assertThat(files).hasSize(5);
    List<Article> copies = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (Path file : files) {
      List<Article> round = BenchInputs.read(List.of(file));
      sizes.add(round.size());
      copies.addAll(round);
    }
    assertThat(sizes).containsExactly(2, 2, 3, 2, 3);
    assertThat(copies).extracting(Article::id).doesNotHaveDuplicates().hasSize(12);
    for (int i = 0; i < copies.size(); i++) {
      Article seed = seeds.get(i % seeds.size());
      Article copy = copies.get(i);
      assertThat(copy.id()).isEqualTo("bench-%04d-%s".formatted(i, seed.id()));
      assertThat(copy.text()).isEqualTo(seed.text());
      assertThat(copy.metadata()).isEqualTo(seed.metadata());
    }
  }
}
