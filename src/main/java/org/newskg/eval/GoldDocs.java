package org.newskg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.KgException;

/**
 * Reads the development corpora of {@code ../shared/data}: each document is {@code NAME.txt} with
 * {@code NAME.gold.json} beside it, offsets in UTF-16 units of the text.
 */
final class GoldDocs {
  private GoldDocs() {}

  /** A GUM mention: {@code etype} person, organization, place, …; identity a Wikipedia title. */
  record GumMention(
      int start, int end, String text, String etype, String cluster, Optional<String> identity) {}

  record GumDoc(String id, String text, Optional<LocalDate> date, List<GumMention> mentions) {}

  /** An ECB+ mention: kind event, participant, location or time; cluster shared across docs. */
  record EcbMention(
      String id,
      int start,
      int end,
      String text,
      String kind,
      String coarseType,
      String cluster,
      boolean inAnnotatedSentence) {}

  record EcbDoc(String id, String topic, String text, List<EcbMention> mentions) {}

  static List<GumDoc> readGum(Path dir) {
    List<GumDoc> docs = new ArrayList<>();
    for (Path gold : goldFiles(dir)) {
      JsonObject o = parse(gold);
      List<GumMention> mentions = new ArrayList<>();
      for (JsonValue v : o.get("mentions").getAsArray()) {
        JsonObject m = v.getAsObject();
        mentions.add(
            new GumMention(
                intOf(m, "start"),
                intOf(m, "end"),
                stringOf(m, "text").orElse(""),
                stringOf(m, "etype").orElse(""),
                stringOf(m, "cluster").orElse(""),
                stringOf(m, "identity").map(GoldDocs::wikiTitle)));
      }
      Optional<LocalDate> date =
          stringOf(o, "date").filter(d -> d.matches("\\d{4}-\\d\\d-\\d\\d")).map(LocalDate::parse);
      docs.add(new GumDoc(stem(gold), text(gold), date, mentions));
    }
    return docs;
  }

  static List<EcbDoc> readEcb(Path dir) {
    List<EcbDoc> docs = new ArrayList<>();
    for (Path gold : goldFiles(dir)) {
      JsonObject o = parse(gold);
      List<EcbMention> mentions = new ArrayList<>();
      for (JsonValue v : o.get("mentions").getAsArray()) {
        JsonObject m = v.getAsObject();
        mentions.add(
            new EcbMention(
                stringOf(m, "id").orElseThrow(),
                intOf(m, "start"),
                intOf(m, "end"),
                stringOf(m, "text").orElse(""),
                stringOf(m, "kind").orElse(""),
                stringOf(m, "coarse_type").orElse(""),
                stringOf(m, "cluster").orElseThrow(),
                m.get("in_annotated_sentence") != null
                    && m.get("in_annotated_sentence").getAsBoolean().value()));
      }
      String topic = stringOf(o, "topic").orElse(stem(gold).replaceFirst("_.*", ""));
      docs.add(new EcbDoc(stem(gold), topic, text(gold), mentions));
    }
    return docs;
  }

  /** "Washington%2C_D.C." and "Washington, D.C." both become "Washington,_D.C.". */
  static String wikiTitle(String title) {
    String t = java.net.URLDecoder.decode(title.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    t = t.strip().replace(' ', '_');
    return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private static List<Path> goldFiles(Path dir) {
    Path docs = Files.isDirectory(dir.resolve("docs")) ? dir.resolve("docs") : dir;
    try (Stream<Path> files = Files.list(docs)) {
      List<Path> out =
          files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
      if (out.isEmpty()) {
        throw new KgException("no *.gold.json files in " + docs);
      }
      return out;
    } catch (IOException e) {
      throw new KgException("cannot list " + docs + ": " + e.getMessage(), e);
    }
  }

  private static String stem(Path gold) {
    return gold.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
  }

  private static String text(Path gold) {
    Path txt = gold.resolveSibling(stem(gold) + ".txt");
    try {
      return Files.readString(txt);
    } catch (IOException e) {
      throw new KgException("cannot read " + txt + ": " + e.getMessage(), e);
    }
  }

  private static JsonObject parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return JSON.parse(in);
    } catch (IOException | RuntimeException e) {
      throw new KgException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static int intOf(JsonObject o, String key) {
    return o.get(key).getAsNumber().value().intValue();
  }

  private static Optional<String> stringOf(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || !v.isString() ? Optional.empty() : Optional.of(v.getAsString().value());
  }
}
