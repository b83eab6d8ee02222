package org.newskg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderJsonlTest {
  private static final String GOOD = "{\"id\": \"good\", \"text\": \"A good article.\"}";

  @TempDir Path dir;

  private Path file;

  private CollectingSink read(String... lines) throws IOException {
    file = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n", lines) + "\n");
    return read(file);
  }

  private static CollectingSink read(Path path) {
    CollectingSink sink = new CollectingSink();
    ArticleReader.builder().build().read(List.of(path), sink);
    return sink;
  }

  private IngestProblem problem(String position, String reason) {
    return new IngestProblem(file.toString(), position, reason);
  }

  @Test
  void readsGoodLinesWithTheirMetadata() throws IOException {
    CollectingSink sink =
        read(
            "{\"id\": \"a\", \"text\": \"Line one.\\r"
                + "\\n"
                + "Line two.  \", \"url\": \"https://example.org/a\", \"publisher\": \"Example"
                + " News\", \"datePublished\": \"2022-01-31T23:30:00-05:00\", \"headline\": \"A"
                + " headline\", \"extra\": [1, 2]}",
            "",
            "   ",
            "{\"id\": 42, \"text\": \"\\u201cQuoted\\u201d \\ud83d\\ude00\"}");

    assertThat(sink.problems).isEmpty();
    assertThat(sink.warnings).isEmpty();
    assertThat(sink.ids()).containsExactly("a", "42");
    Article a = sink.article("a");
    assertThat(a.text()).isEqualTo("Line one.\r\nLine two.  ");
    assertThat(a.origin()).isEqualTo(file + ":1");
    assertThat(a.metadata())
        .isEqualTo(
            new ArticleMetadata(
                Optional.of("https://example.org/a"),
                Optional.of("Example News"),
                Optional.of(LocalDate.of(2022, 1, 31)),
                Optional.of("A headline"),
                false,
                false));
    Article b = sink.article("42");
    assertThat(b.text()).isEqualTo("\u201cQuoted\u201d \ud83d\ude00");
    assertThat(b.origin()).isEqualTo(file + ":4");
    assertThat(b.metadata()).isEqualTo(ArticleMetadata.NONE);
  }

  @Test
  void infersMissingMetadataFromTheTextOfALine() throws IOException {
    CollectingSink sink =
        read(
            "{\"id\": \"wire\", \"publisher\": \"Given Outlet\", \"text\": \"Posted Feb. 3, 2022\\n"
                + "KYIV, Ukraine (AP) \\u2014 Talks went on.\"}");

    ArticleMetadata metadata = sink.article("wire").metadata();
    assertThat(metadata.datePublished()).contains(LocalDate.of(2022, 2, 3));
    assertThat(metadata.dateInferred()).isTrue();
    assertThat(metadata.publisher()).contains("Given Outlet");
    assertThat(metadata.publisherInferred()).isFalse();
  }

  @Test
  void readsAFileWithWindowsLineEndsAndBracesInsideStrings() throws IOException {
    file =
        Files.writeString(
            dir.resolve("crlf.jsonl"),
            "{\"id\": \"a\", \"text\": \"Braces } and \\\" quotes ] inside.\"}\r\n"
                + GOOD
                + "\r\n");

    CollectingSink sink = read(file);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.ids()).containsExactly("a", "good");
    assertThat(sink.article("a").text()).isEqualTo("Braces } and \" quotes ] inside.");
  }

  @Test
  void readsAFileThatStartsWithAByteOrderMark() throws IOException {
    file = Files.writeString(dir.resolve("bom.jsonl"), "\uFEFF" + GOOD + "\n");

    assertThat(read(file).ids()).containsExactly("good");
  }

  @Test
  void reportsALineThatIsNotJsonWithItsLineNumberAndKeepsGoing() throws IOException {
    CollectingSink sink = read(GOOD.replace("good", "first"), "this is not json", GOOD);

    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(file.toString());
              assertThat(p.position()).isEqualTo("line 2");
              assertThat(p.reason()).startsWith("not a JSON object");
            });
    assertThat(sink.ids()).containsExactly("first", "good");
  }

  @Test
  void reportsALineWithATrailingCommaAtItsColumn() throws IOException {
    CollectingSink sink = read("{\"id\": \"x\",}", GOOD);

    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.position()).isEqualTo("line 1");
              assertThat(p.reason()).startsWith("not a JSON object near column 12");
            });
    assertThat(sink.ids()).containsExactly("good");
  }

  @Test
  void reportsTwoObjectsRunTogetherOnOneLine() throws IOException {
    CollectingSink sink =
        read(GOOD + " {\"id\": \"lost\", \"text\": \"Lost.\"}", GOOD.replace("good", "next"));

    assertThat(sink.problems)
        .containsExactly(
            problem("line 1", "text after the JSON object at column 42; is a line break missing?"));
    assertThat(sink.ids()).containsExactly("next");
  }

  @Test
  void reportsALineWithoutIdOrTextAndKeepsGoing() throws IOException {
    CollectingSink sink =
        read("{\"text\": \"No id.\"}", "{\"id\": \"no-text\"}", "{\"headline\": \"x\"}", GOOD);

    assertThat(sink.problems)
        .containsExactly(
            problem("line 1", "missing required key \"id\""),
            problem("line 2", "missing required key \"text\""),
            problem("line 3", "missing required key \"id\"; missing required key \"text\""));
    assertThat(sink.ids()).containsExactly("good");
  }

  @Test
  void reportsALineWhoseTextIsNotAStringAndKeepsGoing() throws IOException {
    CollectingSink sink =
        read(
            "{\"id\": \"n\", \"text\": 12}",
            "{\"id\": \"o\", \"text\": {\"body\": \"x\"}}",
            "{\"id\": \"b\", \"text\": \"  \"}",
            "{\"id\": [1], \"text\": \"x\"}",
            GOOD);

    assertThat(sink.problems)
        .containsExactly(
            problem("line 1", "\"text\" must be a string, not a number"),
            problem("line 2", "\"text\" must be a string, not an object"),
            problem("line 3", "\"text\" is blank"),
            problem("line 4", "\"id\" must be a string or an integer, not an array"));
    assertThat(sink.ids()).containsExactly("good");
  }

  @Test
  void reportsADuplicateIdAtTheSecondLine() throws IOException {
    CollectingSink sink =
        read(
            "{\"id\": \"same\", \"text\": \"First.\"}",
            GOOD,
            "{\"id\": \"same\", \"text\": \"Second.\"}");

    assertThat(sink.problems)
        .containsExactly(
            problem("line 3", "duplicate id \"same\", first used on line 1; line skipped"));
    assertThat(sink.ids()).containsExactly("same", "good");
    assertThat(sink.article("same").text()).isEqualTo("First.");
  }

  @Test
  void reportsInvalidUtf8OnOneLineWithItsByteOffsetAndKeepsTheOtherLines() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((GOOD + "\n").getBytes(StandardCharsets.UTF_8)); // 42 bytes
    bytes.writeBytes(
        "{\"id\": \"bad\", \"text\": \""
            .getBytes(StandardCharsets.UTF_8)); // 23 bytes: the bad byte is at 65
    bytes.write(0xE9); // Latin-1 é
    bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(GOOD.replace("good", "after").getBytes(StandardCharsets.UTF_8));
    file = Files.write(dir.resolve("latin.jsonl"), bytes.toByteArray());

    CollectingSink sink = read(file);

    assertThat(sink.problems)
        .containsExactly(
            problem("line 2, byte 65", "invalid UTF-8 at byte 65 (E9); the input must be UTF-8"));
    assertThat(sink.ids()).containsExactly("good", "after");
  }

  @Test
  void warnsAboutAnUnparseableDateButStillReadsTheLine() throws IOException {
    CollectingSink sink =
        read(
            "{\"id\": \"d\", \"text\": \"Text.\", \"datePublished\": \"31/01/2022\","
                + " \"publisher\": 7, \"headline\": \"Kept\"}");

    assertThat(sink.problems).isEmpty();
    assertThat(sink.warnings)
        .containsExactly(
            problem(
                "line 1, key datePublished",
                "datePublished \"31/01/2022\" is not an ISO date (2022-01-31) or date-time"
                    + " (2022-01-31T09:30:00Z); article d read without it"),
            problem(
                "line 1, key publisher",
                "publisher must be a string, not a number; article d read without it"));
    Article article = sink.article("d");
    assertThat(article.datePublished()).isEmpty();
    assertThat(article.metadata().headline()).contains("Kept");
    assertThat(sink.events.get(sink.events.size() - 1)).isEqualTo("article d");
  }

  @Test
  void reportsAFileOfBlankLines() throws IOException {
    CollectingSink sink = read("", "  ", "\t");

    assertThat(sink.problems).containsExactly(problem("", "file has only whitespace"));
  }
}
