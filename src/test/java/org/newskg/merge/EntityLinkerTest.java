package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.EntityType;

class EntityLinkerTest {
  /** A few lines in wikidict's format: surface, title, P(title | surface). */
  private static final String DICT =
      """
      Joe Biden\tJoe_Biden\t0.99
      Biden\tJoe_Biden\t0.95
      Sergei Lavrov\tSergey_Lavrov\t1.0
      Lavrov\tSergey_Lavrov\t0.88
      U.S.\tUnited_States\t0.97
      US\tUnited_States\t0.72
      Mark Rathbun\tMary_Rathbun\t0.9
      Mercury\tMercury_(planet)\t0.40
      Mercury\tFreddie_Mercury\t0.30
      Springfield\tSpringfield_(disambiguation)\t0.9
      http://en.wikipedia.org/wiki/Joe_Biden\tJoe_Biden\t1.0
      """;

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static EntityLinker linker(Path dir) throws IOException {
    Path file = dir.resolve("wikidict.tab.gz");
    Files.write(file, gzip(DICT));
    return EntityLinker.wikidict(file);
  }

  @Test
  void looksUpSurfacesExactlyAndSkipsLinks() throws IOException {
    Wikidict d = Wikidict.read(new ByteArrayInputStream(gzip(DICT)), 16);
    assertThat(d.lookup("Biden")).hasValueSatisfying(e -> assertThat(e.title()).isEqualTo("Joe_Biden"));
    assertThat(d.lookup("biden")).isEmpty();
    assertThat(d.lookup("http://en.wikipedia.org/wiki/Joe_Biden")).isEmpty();
    // Two lines for one surface: the likelier title is kept.
    assertThat(d.lookup("Mercury")).hasValueSatisfying(e -> assertThat(e.score()).isEqualTo(0.4f));
  }

  @Test
  void linksAPersonWhoseNamesAgreeWithConfidence(@TempDir Path dir) throws IOException {
    var link =
        linker(dir).link(EntityType.PERSON, "Joe Biden", Map.of("Joe Biden", 1, "Biden", 3));
    assertThat(link).hasValueSatisfying(
        l -> {
          assertThat(l.title()).isEqualTo("Joe_Biden");
          assertThat(l.confidence()).isBetween(0.95, 0.97);
          assertThat(l.evidence()).contains("'Biden'");
        });
    assertThat(linker(dir).link(EntityType.PERSON, "Sergey Lavrov", Map.of("Sergei Lavrov", 1)))
        .hasValueSatisfying(l -> assertThat(l.title()).isEqualTo("Sergey_Lavrov"));
  }

  @Test
  void linksNothingWithoutEvidence(@TempDir Path dir) throws IOException {
    EntityLinker l = linker(dir);
    // Unknown name; a surname alone; a title with another first name; weak votes; a
    // disambiguation page.
    assertThat(l.link(EntityType.PERSON, "Thomas Sam", Map.of("Thomas Sam", 2))).isEmpty();
    assertThat(l.link(EntityType.PERSON, "Biden", Map.of("Biden", 2))).isEmpty();
    assertThat(l.link(EntityType.PERSON, "Mark Rathbun", Map.of("Mark Rathbun", 2))).isEmpty();
    assertThat(l.link(EntityType.PLACE, "Mercury", Map.of("Mercury", 1))).isEmpty();
    assertThat(l.link(EntityType.PLACE, "Springfield", Map.of("Springfield", 1))).isEmpty();
  }

  @Test
  void anAcronymFitsTheTitleItAbbreviates() {
    assertThat(
            EntityLinker.fits(
                EntityType.PLACE, "United States", java.util.Set.of("US"), "United_States"))
        .isTrue();
    assertThat(EntityLinker.fits(EntityType.ORGANIZATION, "IMU", java.util.Set.of("IMU"), "Ford"))
        .isFalse();
  }
}
