package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.testsupport.SeedStore;
import org.newskg.testsupport.StoreSnapshot;

/**
 * Each bad input of issue 2, through {@code newskg ingest}, in a batch with a good article and
 * against a store that already holds the seed graphs: the summary names the file, the position and
 * the reason; the good article is stored; the store keeps everything it had; the exit code is 1.
 */
class BadInputIT {
  /** A short, ordinary news text: the good article next to each bad input. */
  private static final String GOOD_TEXT =
      """
      LISBON — Portugal's port authority said on Tuesday that the harbour of Sines would reopen \
      next week after repairs to its main breakwater.

      "We expect the first container ships to return on Monday," said Maria Costa, the \
      authority's director, in a statement.
      """;

  @TempDir static Path work;
  private static Path store;

  @BeforeAll
  static void storeWithTheSeeds() {
    store = work.resolve("store");
    SeedStore.copyTo(store).close();
    SeedStore.nlp();
  }

  @Test
  void emptyFile() throws IOException {
    Cli.Result result =
        batch("good-empty", dir -> List.of(write(dir.resolve("empty.txt"), new byte[0])));
    assertThat(failure(result, "empty.txt")).endsWith("empty.txt: file is empty");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H'};
    Cli.Result result = batch("good-binary", dir -> List.of(write(dir.resolve("photo.txt"), png)));
    assertThat(failure(result, "photo.txt"))
        .endsWith("photo.txt (byte 8): file looks binary: it has a NUL byte at byte 8");
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] latin1 = "Caf\u00e9 owners protest in Lyon.\n".getBytes(StandardCharsets.ISO_8859_1);
    Cli.Result result =
        batch("good-latin1", dir -> List.of(write(dir.resolve("latin1.txt"), latin1)));
    assertThat(failure(result, "latin1.txt"))
        .endsWith("latin1.txt (byte 3): invalid UTF-8 at byte 3 (E9); the input must be UTF-8");
  }

  @Test
  void fileOverTheSizeLimit() throws IOException {
    byte[] big = (GOOD_TEXT + "\n").repeat(20).getBytes(StandardCharsets.UTF_8);
    Cli.Result result =
        batch(
            "good-size",
            dir -> List.of(write(dir.resolve("long.txt"), big)),
            "--max-file-size",
            "2000");
    assertThat(failure(result, "long.txt"))
        .endsWith("long.txt: file is " + big.length + " bytes, over the limit of 2000 bytes");
  }

  @Test
  void jsonlLineThatIsNotJson() throws IOException {
    Cli.Result result =
        batch(
            "good-jsonl-syntax",
            dir ->
                jsonl(
                    dir.resolve("feed.jsonl"),
                    jsonLine("good-jsonl-syntax-2"),
                    "{\"id\": \"broken\", \"text\": \"unterminated"));
    assertThat(failure(result, "feed.jsonl")).contains("feed.jsonl (line 2): not a JSON object");
    assertThat(graphsOfArticle("good-jsonl-syntax-2")).hasSize(1);
  }

  @Test
  void jsonlLineWithoutText() throws IOException {
    Cli.Result result =
        batch(
            "good-jsonl-text",
            dir ->
                jsonl(
                    dir.resolve("feed.jsonl"),
                    "{\"id\": \"no-text\", \"headline\": \"Port reopens\"}",
                    jsonLine("good-jsonl-text-2")));
    assertThat(failure(result, "feed.jsonl"))
        .endsWith("feed.jsonl (line 1): missing required key \"text\"");
    assertThat(graphsOfArticle("good-jsonl-text-2")).hasSize(1);
  }

  @Test
  void pathThatDoesNotExist() throws IOException {
    Path missing = work.resolve("no-such-folder").resolve("article.txt");
    Cli.Result result = batch("good-missing", dir -> List.of(missing.toString()));
    assertThat(failure(result, "article.txt")).endsWith(missing + ": does not exist");
  }

  @Test
  void entryOfAFolderThatCannotBeRead() throws IOException {
    Cli.Result result =
        batch(
            "good-dangling",
            dir -> {
              Files.createSymbolicLink(dir.resolve("moved.txt"), dir.resolve("gone.txt"));
              return List.of();
            });
    assertThat(failure(result, "moved.txt"))
        .endsWith("moved.txt: does not exist (or is a broken link)");
  }

  @Test
  void fileWithoutReadPermission() throws IOException {
    Path folder = Files.createDirectories(work.resolve("locked"));
    Path locked = folder.resolve("locked.txt");
    write(locked, GOOD_TEXT.getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");
    Cli.Result result = batch("good-locked", dir -> List.of(locked.toString()));
    assertThat(failure(result, "locked.txt")).endsWith("cannot be read: permission denied");
  }

  @Test
  void folderWithNoArticles() throws IOException {
    Cli.Result result =
        batch(
            "good-empty-folder",
            dir -> {
              Path notes = Files.createDirectories(work.resolve("notes"));
              write(notes.resolve("README.md"), "# notes\n".getBytes(StandardCharsets.UTF_8));
              return List.of(notes.toString());
            });
    assertThat(failure(result, "notes")).endsWith("notes: folder has no .jsonl or .txt files");
  }

  /** Puts bad input into the batch folder; returns any further paths to give on the line. */
  @FunctionalInterface
  private interface BatchSetUp {
    List<String> create(Path folder) throws IOException;
  }

  /**
   * Runs one batch: a folder holding a good article {@code goodId} and whatever {@code setUp} puts
   * there, plus the paths it returns; checks what issue 2 promises for bad input.
   */
  private static Cli.Result batch(String goodId, BatchSetUp setUp, String... options)
      throws IOException {
    Path folder = Files.createDirectories(work.resolve("batch-" + goodId));
    write(folder.resolve(goodId + ".txt"), GOOD_TEXT.getBytes(StandardCharsets.UTF_8));
    List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString()));
    args.addAll(List.of(options));
    args.add(folder.toString());
    args.addAll(setUp.create(folder));
    StoreSnapshot before = StoreSnapshot.of(store);

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exit()).as(result.toString()).isEqualTo(Main.SOME_FAILED);
    Cli.Summary summary = Cli.Summary.of(result);
    assertThat(summary.failed()).as(result.toString()).isEqualTo(1);
    assertThat(summary.stored()).as(result.toString()).isPositive();
    assertThat(graphsOfArticle(goodId)).as("the good article of the batch").hasSize(1);
    StoreSnapshot after = StoreSnapshot.of(store);
    assertThat(before.missingFrom(after)).as("quads the store had").isEmpty();
    assertThat(after.graphs()).containsAll(before.graphs());
    return result;
  }

  /** The summary line of the one failure, which must name {@code fileName}. */
  private static String failure(Cli.Result result, String fileName) {
    List<String> failures = result.out().lines().filter(l -> l.startsWith("  failed: ")).toList();
    assertThat(failures).as(result.toString()).hasSize(1);
    assertThat(failures.get(0)).contains(fileName);
    return failures.get(0);
  }

  private static List<String> graphsOfArticle(String id) {
    try (KgStore kg = KgStore.open(store)) {
      List<String> graphs = new ArrayList<>();
      SeedStore.select(
              kg.dataset(),
              "PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>"
                  + " SELECT ?g WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?a ."
                  + " ?a schema:identifier \""
                  + id
                  + "\" } }")
          .forEachRemaining(r -> graphs.add(r.getResource("g").getURI()));
      return graphs;
    }
  }

  private static String write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
    return file.toString();
  }

  /** Writes a JSONL file into the batch folder, which the batch reads anyway. */
  private static List<String> jsonl(Path file, String... lines) throws IOException {
    write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    return List.of();
  }

  private static String jsonLine(String id) {
    return "{\"id\": \""
        + id
        + "\", \"text\": \""
        + GOOD_TEXT.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        + "\", \"datePublished\": \"2024-03-05\"}";
  }
}
