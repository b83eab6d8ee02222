package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneDetectorTest {
  private final ZoneDetector detector = new ZoneDetector();

  private static List<String> texts(String text, List<Zone> zones, ZoneKind kind) {
    return zones.stream().filter(z -> z.kind() == kind).map(z -> z.span().of(text)).toList();
  }

  @Test
  void splitsCaptionFromTrailingAgencyCredit() {
    String text =
        "The minister spoke on Friday.\n\n"
            + "Firefighters work at the scene in Lyon, France, Sunday. (AP Photo/Jean Dupont)\n\n"
            + "More text follows.";
    List<Zone> zones = detector.detect(text);
    assertThat(texts(text, zones, ZoneKind.CREDIT)).containsExactly("(AP Photo/Jean Dupont)");
    assertThat(texts(text, zones, ZoneKind.CAPTION))
        .containsExactly("Firefighters work at the scene in Lyon, France, Sunday.");
  }

  @Test
  void recognisesInlinePhotoCreditLine() {
    String text = "Crowds gather in the square. Photo: Maria Rossi/Getty Images\nBody text.";
    List<Zone> zones = detector.detect(text);
    assertThat(texts(text, zones, ZoneKind.CREDIT))
        .containsExactly("Photo: Maria Rossi/Getty Images");
    assertThat(texts(text, zones, ZoneKind.CAPTION)).containsExactly("Crowds gather in the square.");
  }

  @Test
  void leavesParenthesesThatAreNotCreditsAlone() {
    String text = "The group (which formed in 2019) met again.";
    assertThat(detector.detect(text)).isEmpty();
  }

  @Test
  void findsBylinesAndPageFurniture() {
    String text = "By Anna Smith and Tom Jones\n\nStory text here.\n\nRead more\n\nEditor's note: fixed.";
    List<Zone> zones = detector.detect(text);
    assertThat(texts(text, zones, ZoneKind.BYLINE)).containsExactly("By Anna Smith and Tom Jones");
    assertThat(texts(text, zones, ZoneKind.BOILERPLATE))
        .containsExactly("Read more", "Editor's note: fixed.");
  }

  @Test
  void findsTheSeedCaptionsAndCredits() throws Exception {
    String text =
        java.nio.file.Files.readString(java.nio.file.Path.of("seeds/000_8276c06547ea8cb0.txt"));
    List<Zone> zones = detector.detect(text);
    assertThat(texts(text, zones, ZoneKind.CREDIT))
        .containsExactly(
            "(Alexei Nikolsky, Sputnik, Kremlin Pool Photo via AP, File)",
            "(AP Photo/Alex Brandon)",
            "(AP Photo/Richard Drew)");
    assertThat(texts(text, zones, ZoneKind.CAPTION)).hasSize(3);
    assertThat(texts(text, zones, ZoneKind.CAPTION).get(2))
        .startsWith("Linda Thomas-Greenfield, U.S. Ambassador to the United Nations, addresses");
  }
}
