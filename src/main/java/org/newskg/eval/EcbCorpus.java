package org.newskg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.KgException;
import org.newskg.extract.Span;

/**
 * Reads the ECB+ release in the shared data folder: {@code docs/ID.txt} (the text) and {@code
 * docs/ID.gold.json} (sentences, mentions with kind, cluster and {@code in_annotated_sentence}).
 * Only event mentions in annotated sentences are gold for coreference.
 */
final class EcbCorpus {
  private EcbCorpus() {}

  /**
   * The documents of {@code dir} (or of {@code dir/docs}), ordered by topic and id.
   *
   * @param topics the topics to read; empty for all
   */
  static List<EcbDocument> read(Path dir, Set<Integer> topics) {
    Path docs = Files.isDirectory(dir.resolve("docs")) ? dir.resolve("docs") : dir;
    List<Path> golds;
    try (Stream<Path> files = Files.list(docs)) {
      golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    } catch (IOException e) {
      throw new KgException("cannot list the ECB+ folder " + docs, e);
    }
    if (golds.isEmpty()) {
      throw new KgException("no ECB+ *.gold.json files in " + docs);
    }
    List<EcbDocument> out = new ArrayList<>();
    for (Path gold : golds) {
      EcbDocument doc = readOne(gold);
      if (topics.isEmpty() || topics.contains(doc.topic())) {
        out.add(doc);
      }
    }
    out.sort(Comparator.comparingInt(EcbDocument::topic).thenComparing(EcbDocument::id));
    return out;
  }

  private static EcbDocument readOne(Path gold) {
    JsonObject json;
    String text;
    String name = gold.getFileName().toString();
    Path txt = gold.resolveSibling(name.substring(0, name.length() - ".gold.json".length()) + ".txt");
    try {
      json = JSON.read(gold.toString());
      text = Files.readString(txt, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new KgException("cannot read " + gold + ": " + e.getMessage(), e);
    }
    List<Span> annotated = new ArrayList<>();
    for (JsonValue v : json.get("sentences").getAsArray()) {
      JsonObject s = v.getAsObject();
      if (s.get("annotated").getAsBoolean().value()) {
        annotated.add(new Span(num(s, "start"), num(s, "end")));
      }
    }
    List<EcbDocument.GoldMention> events = new ArrayList<>();
    for (JsonValue v : json.get("mentions").getAsArray()) {
      JsonObject m = v.getAsObject();
      if (m.get("kind").getAsString().value().equals("event")
          && m.get("in_annotated_sentence").getAsBoolean().value()) {
        events.add(
            new EcbDocument.GoldMention(
                m.get("id").getAsString().value(),
                new Span(num(m, "start"), num(m, "end")),
                m.get("cluster").getAsString().value()));
      }
    }
    return new EcbDocument(
        json.get("doc_id").getAsString().value(), num(json, "topic"), text, annotated, events);
  }

  private static int num(JsonObject o, String key) {
    return o.get(key).getAsNumber().value().intValue();
  }
}
