package org.newskg.ingest;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;

/**
 * Parses one JSON object with Jena's {@link JSON}, adding the one check its lenient parser leaves
 * out: nothing but whitespace may follow the object (two JSONL lines run together would otherwise
 * lose the second silently). Jena also accepts some non-standard forms (single quotes, bare keys);
 * those are let through.
 */
final class JsonObjectParser {
  private JsonObjectParser() {}

  /**
   * The object in {@code json}, or an {@link InputException} whose position is the line where
   * parsing stopped, counting {@code firstLine} for the first line of {@code json}.
   */
  static JsonObject parse(String json, int firstLine) {
    JsonObject object;
    try {
      object = JSON.parse(json);
    } catch (JsonParseException e) {
      int line = firstLine + Math.max(e.getLine(), 1) - 1;
      // Jena gives the column just past the token it could not use.
      String column = e.getColumn() > 1 ? " near column " + (e.getColumn() - 1) : "";
      String message = e.getMessage() == null ? "syntax error" : e.getMessage();
      throw new InputException("line " + line, "not a JSON object" + column + ": " + message);
    } catch (RuntimeException e) { // Jena's tokenizer can fail with other exceptions on odd input
      throw new InputException("line " + firstLine, "not a JSON object: " + e);
    }
    int end = endOfFirstValue(json);
    if (end > 0 && !json.substring(end).isBlank()) {
      int lineStart = json.lastIndexOf('\n', end - 1) + 1;
      int line = firstLine + (int) json.substring(0, end).chars().filter(c -> c == '\n').count();
      throw new InputException(
          "line " + line,
          "text after the JSON object at column "
              + (end - lineStart + 1)
              + "; is a line break missing?");
    }
    return object;
  }

  /**
   * Index just past the first top-level JSON object or array, found by matching brackets outside
   * quoted strings (double quotes, or the single quotes Jena also accepts); -1 if it cannot tell.
   */
  static int endOfFirstValue(String json) {
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return -1;
  }
}
