package org.newskg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The optional metadata keys shared by sidecars and JSONL lines: {@code url}, {@code publisher},
 * {@code datePublished} and {@code headline}. A key that is absent, {@code null} or blank is
 * absent; one of the wrong type, or a date that does not parse, is dropped with a warning. Other
 * keys are ignored.
 */
final class JsonMetadata {
  static final String URL = "url";
  static final String PUBLISHER = "publisher";
  static final String DATE_PUBLISHED = "datePublished";
  static final String HEADLINE = "headline";

  /** ISO 8601 forms accepted for {@code datePublished}, tried in order. */
  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ISO_DATE_TIME,
          DateTimeFormatter.ISO_DATE);

  private JsonMetadata() {}

  /**
   * The metadata in {@code object}; {@code warn} receives (key, reason) for each value dropped.
   * Nothing is marked inferred.
   */
  static ArticleMetadata read(JsonObject object, BiConsumer<String, String> warn) {
    Optional<LocalDate> date =
        string(object, DATE_PUBLISHED, warn)
            .flatMap(
                value -> {
                  Optional<LocalDate> parsed = isoDate(value);
                  if (parsed.isEmpty()) {
                    warn.accept(
                        DATE_PUBLISHED,
                        "\""
                            + value
                            + "\" is not an ISO date (2022-01-31) or date-time"
                            + " (2022-01-31T09:30:00Z)");
                  }
                  return parsed;
                });
    return new ArticleMetadata(
        string(object, URL, warn),
        string(object, PUBLISHER, warn),
        date,
        string(object, HEADLINE, warn),
        false,
        false);
  }

  /** The value of {@code key} if it is a non-blank string, stripped of surrounding spaces. */
  static Optional<String> string(JsonObject object, String key, BiConsumer<String, String> warn) {
    JsonValue value = object.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isString()) {
      warn.accept(key, "must be a string, not " + typeName(value));
      return Optional.empty();
    }
    String text = value.getAsString().value().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * An ISO date ({@code 2022-01-31}), or the date part of an ISO date-time as written ({@code
   * 2022-01-31T23:30:00-05:00} gives January 31, not the UTC day).
   */
  static Optional<LocalDate> isoDate(String value) {
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.from(format.parse(value)));
      } catch (DateTimeException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** "a number", "an array" and so on, for messages. */
  static String typeName(JsonValue value) {
    if (value.isNull()) {
      return "null";
    } else if (value.isString()) {
      return "a string";
    } else if (value.isNumber()) {
      return "a number";
    } else if (value.isBoolean()) {
      return "a boolean";
    } else if (value.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
