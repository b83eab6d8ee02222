package org.newskg.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Articles written for a test as ingest reads them: a text file and its JSON sidecar. */
public final class ArticleFiles {
  private ArticleFiles() {}

  /** Writes {@code id.txt} and {@code id.json} (publisher, publication date) into {@code dir}. */
  public static void write(Path dir, String id, String publisher, String date, String text)
      throws IOException {
    Files.writeString(dir.resolve(id + ".txt"), text);
    Files.writeString(
        dir.resolve(id + ".json"),
        "{\"publisher\": \"%s\", \"datePublished\": \"%s\"}".formatted(publisher, date));
  }
}
