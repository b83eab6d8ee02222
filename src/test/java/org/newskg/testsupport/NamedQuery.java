package org.newskg.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A query of {@code queries/} with its parameter line replaced, as a notebook user does. */
public final class NamedQuery {
  public static final Path QUERIES = Path.of("queries");

  /** The parameter line: the first line of WHERE, a VALUES clause. */
  private static final Pattern PARAMETER_LINE =
      Pattern.compile("(?m)^WHERE \\{\\n(  VALUES [^\\n]*)$");

  private NamedQuery() {}

  public static String text(String fileName) {
    try {
      return Files.readString(QUERIES.resolve(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query of {@code fileName} with {@code valuesLine} in place of its parameter line. */
  public static String withValues(String fileName, String valuesLine) {
    String text = text(fileName);
    Matcher m = PARAMETER_LINE.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException(fileName + " has no VALUES line at the start of WHERE");
    }
    return text.substring(0, m.start(1)) + "  " + valuesLine + text.substring(m.end(1));
  }
}
