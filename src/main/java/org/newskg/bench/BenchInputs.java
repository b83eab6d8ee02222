package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newskg.KgException;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ArticleSink;
import org.newskg.ingest.IngestProblem;

/**
 * The benchmark's input: the seed articles written again and again, under distinct ids, as one
 * JSONL file per round. Only metadata the sources gave is written; what was inferred from the text
 * is inferred again when the JSONL is read, so each copy is read as its seed was.
 */
final class BenchInputs {
  private BenchInputs() {}

  /** Every article under {@code paths}; any problem is an error, a benchmark needs clean input. */
  static List<Article> read(List<Path> paths) {
    List<Article> articles = new ArrayList<>();
    ArticleReader.builder()
        .build()
        .read(
            paths,
            new ArticleSink() {
              @Override
              public void accept(Article article) {
                articles.add(article);
              }

              @Override
              public void problem(IngestProblem problem) {
                throw new KgException("benchmark input " + problem);
              }
            });
    if (articles.isEmpty()) {
      throw new KgException("no articles in " + paths);
    }
    return articles;
  }

  /**
   * Writes {@code count} copies of the seeds, cycling through them, as {@code rounds} JSONL files
   * of nearly equal size in {@code dir}, ids {@code prefix-0001-<seed id>}; returns the files.
   */
  static List<Path> write(List<Article> seeds, int count, int rounds, String prefix, Path dir)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      StringBuilder jsonl = new StringBuilder();
      for (int i = r * count / rounds; i < (r + 1) * count / rounds; i++) {
        Article seed = seeds.get(i % seeds.size());
        String id = String.format(Locale.ROOT, "%s-%04d-%s", prefix, i, seed.id());
        jsonl.append(line(id, seed)).append('\n');
      }
      Path file = dir.resolve(String.format(Locale.ROOT, "%s-%02d.jsonl", prefix, r));
      Files.writeString(file, jsonl, StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  private static String line(String id, Article article) {
    ArticleMetadata meta = article.metadata();
    StringBuilder b = new StringBuilder("{");
    field(b, "id", id);
    field(b, "text", article.text());
    meta.url().ifPresent(u -> field(b, "url", u));
    if (!meta.publisherInferred()) {
      meta.publisher().ifPresent(p -> field(b, "publisher", p));
    }
    if (!meta.dateInferred()) {
      meta.datePublished().ifPresent(d -> field(b, "datePublished", d.toString()));
    }
    meta.headline().ifPresent(h -> field(b, "headline", h));
    return b.append('}').toString();
  }

  private static void field(StringBuilder b, String key, String value) {
    if (b.length() > 1) {
      b.append(',');
    }
    quote(b, key);
    b.append(':');
    quote(b, value);
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
