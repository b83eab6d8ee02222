package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.KgException;

class GoldAttributionTest {
  @TempDir Path dir;

  private Path gold(String rows) throws Exception {
    return Files.writeString(dir.resolve("gold.tsv"), "# a comment\n" + rows);
  }

  @Test
  void readsRowsAndSkipsCommentsAndTheHeader() throws Exception {
    Path file =
        gold("article_id\tbegin\tend\tkind\tspeaker\tspeaker_type\tcue\ttext\n"
            + "a1\t3\t10\tdirect\tAna Ruiz\tperson\tsay\t-\n");
    assertThat(GoldAttribution.read(file)).singleElement().satisfies(g -> {
      assertThat(g.articleId()).isEqualTo("a1");
      assertThat(g.span().begin()).isEqualTo(3);
      assertThat(g.kind()).isEqualTo("direct");
    });
  }

  @Test
  void aBadRowIsNamedByFileLineAndReason() throws Exception {
    Path offset = gold("a1\t3\tx\tdirect\tAna Ruiz\tperson\tsay\t-\n");
    assertThatThrownBy(() -> GoldAttribution.read(offset))
        .isInstanceOf(KgException.class)
        .hasMessageContaining("gold.tsv line 2")
        .hasMessageContaining("end 'x' is not a character offset");
    Path kind = gold("a1\t3\t9\tquoted\tAna Ruiz\tperson\tsay\t-\n");
    assertThatThrownBy(() -> GoldAttribution.read(kind)).hasMessageContaining("line 2").hasMessageContaining("'quoted'");
    Path columns = gold("a1\t3\t9\tdirect\n");
    assertThatThrownBy(() -> GoldAttribution.read(columns)).hasMessageContaining("line 2: 4 columns, expected 8");
  }

  @Test
  void everyCommittedGoldFileReads() throws Exception {
    try (var files = Files.list(Path.of("src/test/resources/gold"))) {
      var golds = files.filter(f -> f.getFileName().toString().endsWith("-attributions.tsv")).toList();
      assertThat(golds).hasSizeGreaterThanOrEqualTo(5);
      for (Path f : golds) {
        assertThat(GoldAttribution.read(f)).as(f.toString()).isNotEmpty()
            .allSatisfy(g -> assertThat(g.span().end()).isGreaterThan(g.span().begin()));
      }
    }
  }
}
