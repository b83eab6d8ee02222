package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newskg.KgException;
import org.newskg.extract.Span;

/**
 * One row of a gold attribution file: tab-separated {@code article_id begin end kind speaker
 * speaker_type cue text}, lines starting with {@code #} and the header row ignored.
 */
record GoldAttribution(
    String articleId, Span span, String kind, String speaker, String speakerType, String cue) {

  GoldAttribution {
    Objects.requireNonNull(articleId, "articleId");
    if (!kind.equals("direct") && !kind.equals("reported") && !kind.equals("scare")) {
      throw new IllegalArgumentException("kind '%s' is not direct, reported or scare".formatted(kind));
    }
  }

  boolean isNamed() {
    return speakerType.equals("person") || speakerType.equals("organization");
  }

  static List<GoldAttribution> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new KgException("cannot read gold file " + file, e);
    }
    List<GoldAttribution> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("article_id\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 7) {
        throw new KgException("%s line %d: %d columns, expected 8".formatted(file, i + 1, f.length));
      }
      try {
        rows.add(
            new GoldAttribution(
                f[0],
                new Span(offset(f[1], "begin"), offset(f[2], "end")),
                f[3],
                f[4],
                f[5],
                f[6]));
      } catch (IllegalArgumentException e) {
        throw new KgException("%s line %d: %s".formatted(file, i + 1, e.getMessage()), e);
      }
    }
    return rows;
  }

  private static int offset(String cell, String column) {
    try {
      return Integer.parseInt(cell.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("%s '%s' is not a character offset".formatted(column, cell), e);
    }
  }
}
