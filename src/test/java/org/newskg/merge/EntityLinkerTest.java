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
      Wikipedia article on Joe Biden\tJoe_Biden\t1.0
      Wikiwords\tWikiwords_(website)\t0.97
      Rosa Ventrell\tRosa_Ventrell\t1.0
      Ventrell\tAmos_Ventrell\t0.8
      D.C.\tWashington,_D.C.\t0.63
      DC\tDirect_current\t0.34
      Medical Gazette\tMedical_gazette\t1.0
      Lin Wei-Shan Park\tLin_Wei-shan_Park\t0.9
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
    assertThat(d.lookup("Wikipedia article on Joe Biden")).isEmpty();
    // A name that merely holds "wiki" is a name.
    assertThat(d.lookup("Wikiwords")).isPresent();
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
  void aSurnameTheDictionarySendsElsewhereAbstainsOnTheFullNamesTitle(@TempDir Path dir)
      throws IOException {
    // "Ventrell" alone is mostly another Ventrell; six of them do not outvote the full name.
    var link =
        linker(dir)
            .link(EntityType.PERSON, "Rosa Ventrell", Map.of("Rosa Ventrell", 1, "Ventrell", 6));
    assertThat(link)
        .hasValueSatisfying(
            l -> {
              assertThat(l.title()).isEqualTo("Rosa_Ventrell");
              assertThat(l.confidence()).isEqualTo(1.0);
              assertThat(l.evidence()).contains("abstain: 'Ventrell'");
            });
    // The surname alone still links nothing.
    assertThat(linker(dir).link(EntityType.PERSON, "Ventrell", Map.of("Ventrell", 6))).isEmpty();
  }

  @Test
  void anAbbreviationSpellingTitleWordsAbstainsAndFits(@TempDir Path dir) throws IOException {
    var link =
        linker(dir).link(EntityType.PLACE, "DC", Map.of("D.C.", 2, "DC", 1));
    assertThat(link).hasValueSatisfying(l -> assertThat(l.title()).isEqualTo("Washington,_D.C."));
  }

  @Test
  void aCapitalizedNameIsNotLinkedToACommonNounTopic(@TempDir Path dir) throws IOException {
    EntityLinker l = linker(dir);
    assertThat(l.link(EntityType.ORGANIZATION, "Medical Gazette", Map.of("Medical Gazette", 2)))
        .isEmpty();
    // The lower-case part of a hyphenated name is not a topic word.
    assertThat(l.link(EntityType.PLACE, "Lin Wei-Shan Park", Map.of("Lin Wei-Shan Park", 2)))
        .hasValueSatisfying(x -> assertThat(x.title()).isEqualTo("Lin_Wei-shan_Park"));
  }

  @Test
  void looksUpHyphensWithoutSpacesAndWordsInCapitalsAsTitlesWriteThem() {
    assertThat(EntityLinker.spellings("WXYZ - TV")).contains("WXYZ-TV");
    assertThat(EntityLinker.spellings("ORVANT Harbour Bank")).contains("Orvant Harbour Bank");
    // acronyms of three letters and names with inner capitals stay as written; never lower case
    assertThat(EntityLinker.spellings("ABC McTavish")).containsExactly("ABC McTavish", "the ABC McTavish");
    assertThat(EntityLinker.spellings("Court")).doesNotContain("court");
  }

  @Test
  void linksANameTheDictionaryKnowsInAnotherSpelling(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wikidict.tab.gz");
    Files.write(file, gzip("WXYZ-TV\tWXYZ-TV\t1.0\nOrvant Harbour Bank\tOrvant_Harbour_Bank\t0.9\n"));
    EntityLinker l = EntityLinker.wikidict(file);
    assertThat(l.link(EntityType.ORGANIZATION, "WXYZ - TV", Map.of("WXYZ - TV", 2)))
        .hasValueSatisfying(link -> assertThat(link.title()).isEqualTo("WXYZ-TV"));
    assertThat(
            l.link(EntityType.ORGANIZATION, "ORVANT Harbour Bank", Map.of("ORVANT Harbour Bank", 1)))
        .hasValueSatisfying(link -> assertThat(link.title()).isEqualTo("Orvant_Harbour_Bank"));
  }

  @Test
  void theTitlesOwnNameLeadingElsewhereCountsAgainstItButUnknownCapitalsAbstain(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("wikidict.tab.gz");
    Files.write(
        file,
        gzip(
            "TARNBY\tTarnby_(film)\t1.0\nTarnby\tTarnby\t0.9\n"
                + "Rosa Ventrell\tRosa_Ventrell\t1.0\n"));
    EntityLinker l = EntityLinker.wikidict(file);
    // the city's name, written 30 times, is no short form of the film's title
    assertThat(l.link(EntityType.PLACE, "Tarnby", Map.of("TARNBY", 2, "Tarnby", 30)))
        .hasValueSatisfying(link -> assertThat(link.title()).isEqualTo("Tarnby"));
    // a spelling in capitals the dictionary does not know says nothing against the title
    assertThat(
            l.link(EntityType.PERSON, "Rosa Ventrell", Map.of("ROSA VENTRELL", 3, "Rosa Ventrell", 1)))
        .hasValueSatisfying(link -> assertThat(link.confidence()).isEqualTo(1.0));
  }
}
