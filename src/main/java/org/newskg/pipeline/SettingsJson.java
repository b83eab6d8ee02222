package org.newskg.pipeline;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newskg.extract.ArticleExtractor;
import org.newskg.nlp.NlpPipeline;

/** The settings of a run as compact JSON with sorted keys, for each graph's provenance. */
final class SettingsJson {
  private SettingsJson() {}

  static String of(IngestSettings settings, Map<String, String> coreNlpProperties, String version) {
    SortedMap<String, String> top = new TreeMap<>();
    top.put("baseIri", quote(settings.baseIri()));
    top.put("corenlp", object(new TreeMap<>(coreNlpProperties)));
    top.put("newskg", quote(version));
    top.put("nlp", quote(NlpPipeline.CORENLP_VERSION));
    top.put("rules", quote(ArticleExtractor.RULES_VERSION));
    return top.entrySet().stream()
        .map(e -> quote(e.getKey()) + ":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String object(SortedMap<String, String> strings) {
    return strings.entrySet().stream()
        .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
