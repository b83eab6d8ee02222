package org.newskg.cli;

import java.util.Locale;
import org.newskg.store.KgStore;

/** Parses the {@code --format} values, with a message that lists the choices. */
final class Formats {
  private Formats() {}

  static KgStore.ResultFormat result(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "table" -> KgStore.ResultFormat.TABLE;
      case "csv" -> KgStore.ResultFormat.CSV;
      case "json" -> KgStore.ResultFormat.JSON;
      default -> throw new UsageError(
          "format '%s' is not one of table, csv, json".formatted(name));
    };
  }

  static KgStore.ExportFormat export(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "nquads", "nq" -> KgStore.ExportFormat.NQUADS;
      case "trig" -> KgStore.ExportFormat.TRIG;
      case "jsonld", "json-ld" -> KgStore.ExportFormat.JSONLD;
      default -> throw new UsageError(
          "format '%s' is not one of nquads, trig, jsonld".formatted(name));
    };
  }
}
