package org.newskg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private static final Path SEEDS = Path.of("seeds");
  private static final LocalDate DAY = LocalDate.of(2022, 1, 31);

  @TempDir Path dir;

  private final ArticleReader reader = ArticleReader.builder().build();

  private CollectingSink read(Path... paths) {
    CollectingSink sink = new CollectingSink();
    reader.read(List.of(paths), sink);
    return sink;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void readsTheFiveSeedsWithTheirSidecars() throws IOException {
    CollectingSink sink = read(SEEDS);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.warnings).isEmpty();
    assertThat(sink.ids())
        .containsExactly(
            "000_8276c06547ea8cb0",
            "001_ad308263339f24af",
            "002_bf7c9e39a424e70b",
            "003_f8e02747d2952e30",
            "004_f21e273e5e128133");
    for (Article article : sink.articles) {
      Path file = SEEDS.resolve(article.id() + ".txt");
      assertThat(article.text()).isEqualTo(Files.readString(file));
      assertThat(article.origin()).isEqualTo(file.toString());
      assertThat(article.datePublished()).contains(DAY);
      assertThat(article.metadata().dateInferred()).isFalse();
      assertThat(article.metadata().url()).isEmpty();
    }
    assertThat(publisher(sink, "000_8276c06547ea8cb0")).contains("NewsNation");
    assertThat(publisher(sink, "001_ad308263339f24af")).isEmpty();
    assertThat(publisher(sink, "002_bf7c9e39a424e70b")).contains("Axios");
    assertThat(publisher(sink, "003_f8e02747d2952e30")).contains("The Washington Post");
    assertThat(publisher(sink, "004_f21e273e5e128133")).contains("The Hill");
    assertThat(sink.article("002_bf7c9e39a424e70b").metadata().headline())
        .contains("Russia delivers written response to U.S. proposal on Ukraine crisis");
    assertThat(sink.article("000_8276c06547ea8cb0").metadata().headline()).isEmpty();
    assertThat(sink.articles).noneMatch(a -> a.metadata().publisherInferred());
  }

  @Test
  void infersWhatTheSeedTextsShowWhenTheirSidecarsAreGone() throws IOException {
    try (var seeds = Files.newDirectoryStream(SEEDS, "*.txt")) {
      for (Path seed : seeds) {
        Files.copy(seed, dir.resolve(seed.getFileName().toString()));
      }
    }

    CollectingSink sink = read(dir);

    ArticleMetadata dateline = sink.article("000_8276c06547ea8cb0").metadata();
    assertThat(dateline.datePublished()).contains(DAY); // " date 2022-01-31 FILE – ..."
    assertThat(dateline.publisher()).contains("NewsNation Now"); // "WASHINGTON (NewsNation Now) —"
    assertThat(dateline.dateInferred()).isTrue();
    assertThat(dateline.publisherInferred()).isTrue();
    ArticleMetadata updated = sink.article("002_bf7c9e39a424e70b").metadata();
    assertThat(updated.datePublished()).contains(LocalDate.of(2022, 2, 1)); // "Updated Feb 1, 2022"
    assertThat(updated.publisher()).isEmpty();
    for (String id :
        List.of("001_ad308263339f24af", "003_f8e02747d2952e30", "004_f21e273e5e128133")) {
      assertThat(sink.article(id).metadata()).as(id).isEqualTo(ArticleMetadata.NONE);
    }
  }

  private static Optional<String> publisher(CollectingSink sink, String id) {
    return sink.article(id).metadata().publisher();
  }

  @Test
  void readsFoldersRecursivelySortedByPath() throws IOException {
    // Path order compares the paths as strings: a/c/three.txt comes before a/one.txt.
    write("b/two.txt", "Two.");
    write("a/one.txt", "One.");
    write("a/c/three.txt", "Three.");
    write("zero.txt", "Zero.");

    assertThat(read(dir).ids()).containsExactly("three", "one", "two", "zero");
  }

  @Test
  void keepsTheGivenPathOrderAndReadsAFileReachedTwiceOnce() throws IOException {
    Path b = write("b.txt", "B.");
    Path a = write("sub/a.txt", "A.");

    CollectingSink sink = read(b, dir, a);

    assertThat(sink.ids()).containsExactly("b", "a");
    assertThat(sink.problems).isEmpty();
  }

  @Test
  void ignoresOtherFileTypesAndHiddenFilesInFolders() throws IOException {
    write("a.txt", "An article.");
    write("a.json", "{\"publisher\": \"X\"}");
    write("notes.md", "# notes");
    write("orphan.json", "{}");
    write(".hidden.txt", "Hidden.");
    write(".git/inside.txt", "Hidden too.");

    CollectingSink sink = read(dir);

    assertThat(sink.ids()).containsExactly("a");
    assertThat(sink.problems).isEmpty();
  }

  @Test
  void skipsASidecarGivenExplicitlyButReportsAnyOtherUnsupportedFile() throws IOException {
    Path article = write("a.txt", "An article.");
    Path sidecar = write("a.json", "{\"publisher\": \"X\"}");
    Path notes = write("notes.md", "# notes");

    CollectingSink sink = read(article, sidecar, notes);

    assertThat(sink.ids()).containsExactly("a");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(notes.toString());
              assertThat(p.position()).isEmpty();
              assertThat(p.reason()).startsWith("unsupported file type; expected .jsonl or .txt");
            });
  }

  @Test
  void reportsAPathThatDoesNotExistAndKeepsGoing() throws IOException {
    Path missing = dir.resolve("missing.txt");
    Path good = write("good.txt", "Good.");

    CollectingSink sink = read(missing, good);

    assertThat(sink.problems)
        .containsExactly(new IngestProblem(missing.toString(), "", "does not exist"));
    assertThat(sink.ids()).containsExactly("good");
  }

  @Test
  void reportsAFolderWithNoArticlesAndKeepsGoing() throws IOException {
    Path empty = dir.resolve("empty");
    write("empty/README.md", "nothing to read");
    Path good = write("good.txt", "Good.");

    CollectingSink sink = read(empty, good);

    assertThat(sink.problems)
        .containsExactly(
            new IngestProblem(empty.toString(), "", "folder has no .jsonl or .txt files"));
    assertThat(sink.ids()).containsExactly("good");
  }

  @Test
  void reportsABrokenLinkInAFolderAsUnreadableAndKeepsGoing() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    write("good.txt", "Good.");

    CollectingSink sink = read(dir);

    assertThat(sink.problems)
        .containsExactly(
            new IngestProblem(link.toString(), "", "does not exist (or is a broken link)"));
    assertThat(sink.ids()).containsExactly("good");
  }

  @Test
  void reportsAFileWithoutReadPermissionAndKeepsGoing() throws IOException {
    Path locked = write("locked.txt", "Secret.");
    write("good.txt", "Good.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(locked)).as("not running as root").isFalse();

    CollectingSink sink = read(dir);

    assertThat(sink.problems)
        .containsExactly(
            new IngestProblem(locked.toString(), "", "cannot be read: permission denied"));
    assertThat(sink.ids()).containsExactly("good");
  }

  @Test
  void reportsProgressOncePerFile() throws IOException {
    write("a.txt", "A.");
    write("b.txt", "B.");
    write("c.jsonl", "{\"id\": \"c\", \"text\": \"C.\"}\n");
    List<String> calls = new ArrayList<>();
    ArticleReader withProgress =
        ArticleReader.builder().progress((done, total) -> calls.add(done + "/" + total)).build();

    withProgress.read(List.of(dir), new CollectingSink());

    assertThat(calls).containsExactly("0/3", "1/3", "2/3", "3/3");
  }

  @Test
  void builderRejectsANonPositiveSizeLimit() {
    assertThatThrownBy(() -> ArticleReader.builder().maxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes 0 is not positive");
    assertThat(ArticleReader.builder().build().maxBytes()).isEqualTo(10L * 1024 * 1024);
  }
}
