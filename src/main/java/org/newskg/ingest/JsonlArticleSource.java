package org.newskg.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A {@code .jsonl} file holds one article per line, a JSON object with the required keys {@code id}
 * (a string, or an integer) and {@code text} (a string, kept exactly as the JSON decodes it), and
 * the optional {@code url}, {@code publisher}, {@code datePublished} and {@code headline}. Blank
 * lines are skipped. A bad line is a problem at its line number and the next line is read; a bad
 * optional value is a warning and the article is read without it. An id already read from an
 * earlier line of the same file makes the later line a problem.
 */
final class JsonlArticleSource implements ArticleSource {
  static final String EXTENSION = "jsonl";

  private final long maxBytes;

  JsonlArticleSource(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Path file, ArticleSink sink) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Utf8Files.read(file, maxBytes);
      Utf8Files.checkText(bytes);
    } catch (InputException e) {
      sink.problem(e.toProblem(name));
      return;
    } catch (IOException e) {
      sink.problem(new IngestProblem(name, "", Utf8Files.describe(e)));
      return;
    }
    boolean bom =
        bytes.length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    Map<String, Integer> firstLineOfId = new HashMap<>();
    boolean anyLine = false;
    int lineNumber = 0;
    for (int start = bom ? 3 : 0; start < bytes.length; ) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      if (!isBlank(bytes, start, end)) {
        anyLine = true;
        try {
          readLine(bytes, start, end, lineNumber, name, firstLineOfId, sink);
        } catch (InputException e) {
          sink.problem(e.toProblem(name));
        }
      }
      start = end + 1;
    }
    if (!anyLine) {
      sink.problem(new IngestProblem(name, "", "file has only whitespace"));
    }
  }

  private static void readLine(
      byte[] bytes,
      int start,
      int end,
      int lineNumber,
      String name,
      Map<String, Integer> firstLineOfId,
      ArticleSink sink) {
    String at = "line " + lineNumber;
    String line = Utf8Files.decode(bytes, start, end, at + ", ");
    JsonObject object = JsonObjectParser.parse(line, lineNumber);
    List<String> errors = new ArrayList<>();
    String id = id(object.get("id"), errors);
    String text = text(object.get("text"), errors);
    if (!errors.isEmpty()) {
      throw new InputException(at, String.join("; ", errors));
    }
    Integer first = firstLineOfId.putIfAbsent(id, lineNumber);
    if (first != null) {
      throw new InputException(
          at, "duplicate id \"" + id + "\", first used on line " + first + "; line skipped");
    }
    List<IngestProblem> warnings = new ArrayList<>();
    ArticleMetadata given =
        JsonMetadata.read(
            object,
            (key, reason) ->
                warnings.add(
                    new IngestProblem(
                        name,
                        at + ", key " + key,
                        key + " " + reason + "; article " + id + " read without it")));
    warnings.forEach(sink::warning);
    sink.accept(
        new Article(id, text, TextMetadataSniffer.complete(given, text), name + ":" + lineNumber));
  }

  private static String id(JsonValue value, List<String> errors) {
    if (value == null || value.isNull()) {
      errors.add("missing required key \"id\"");
    } else if (value.isString()) {
      String id = value.getAsString().value();
      if (!id.isBlank()) {
        return id;
      }
      errors.add("\"id\" is blank");
    } else if (value.isNumber() && isInteger(value.getAsNumber().value())) {
      return value.getAsNumber().value().toString();
    } else {
      errors.add("\"id\" must be a string or an integer, not " + JsonMetadata.typeName(value));
    }
    return null;
  }

  private static boolean isInteger(Number number) {
    return !(number instanceof BigDecimal decimal) || decimal.scale() == 0;
  }

  private static String text(JsonValue value, List<String> errors) {
    if (value == null || value.isNull()) {
      errors.add("missing required key \"text\"");
    } else if (!value.isString()) {
      errors.add("\"text\" must be a string, not " + JsonMetadata.typeName(value));
    } else if (value.getAsString().value().isBlank()) {
      errors.add("\"text\" is blank");
    } else {
      return value.getAsString().value();
    }
    return null;
  }

  private static boolean isBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
