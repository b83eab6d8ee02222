package org.newskg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file checks on .txt input; each bad file sits in a batch with a good one. */
class ArticleReaderTextFileTest {
  @TempDir Path dir;

  private Path good;

  @BeforeEach
  void writeGoodArticle() throws IOException {
    good = Files.writeString(dir.resolve("good.txt"), "A good article.\n");
  }

  private CollectingSink read(Path bad) {
    CollectingSink sink = new CollectingSink();
    ArticleReader.builder().maxBytes(1000).build().read(List.of(bad, good), sink);
    assertThat(sink.ids()).as("the good article still read").containsExactly("good");
    return sink;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void keepsTextExactlyAsInTheFile() throws IOException {
    String text =
        "  Headline  \r\n\r\nFirst line.\rOld Mac line.\n\tTabbed\u00a0text \u201cquoted\u201d\n\n";
    Path file = Files.writeString(dir.resolve("exact.txt"), text);

    CollectingSink sink = new CollectingSink();
    ArticleReader.builder().build().read(List.of(file), sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.article("exact").text()).isEqualTo(text).isEqualTo(Files.readString(file));
  }

  @Test
  void stripsOnlyALeadingByteOrderMark() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bom.txt"), "\uFEFFMOSCOW \uFEFF kept.", StandardCharsets.UTF_8);

    CollectingSink sink = new CollectingSink();
    ArticleReader.builder().build().read(List.of(file), sink);

    assertThat(sink.article("bom").text()).isEqualTo("MOSCOW \uFEFF kept.");
  }

  @Test
  void reportsAnEmptyFileAndKeepsGoing() throws IOException {
    Path empty = write("empty.txt", new byte[0]);

    assertThat(read(empty).problems)
        .containsExactly(new IngestProblem(empty.toString(), "", "file is empty"));
  }

  @Test
  void reportsAFileOfOnlyWhitespaceAndKeepsGoing() throws IOException {
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n  ");

    assertThat(read(blank).problems)
        .containsExactly(new IngestProblem(blank.toString(), "", "file has only whitespace"));
  }

  @Test
  void reportsABinaryFileWithTheOffsetOfItsFirstNulByteAndKeepsGoing() throws IOException {
    Path binary = write("image.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2});

    assertThat(read(binary).problems)
        .containsExactly(
            new IngestProblem(
                binary.toString(), "byte 6", "file looks binary: it has a NUL byte at byte 6"));
  }

  @Test
  void reportsAFileOfMostlyControlCharactersAsBinaryAndKeepsGoing() throws IOException {
    byte[] bytes = new byte[100];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    Path binary = write("control.txt", bytes);

    assertThat(read(binary).problems)
        .containsExactly(
            new IngestProblem(
                binary.toString(),
                "",
                "file looks binary: 50 of its first 100 bytes are control characters"));
  }

  @Test
  void reportsAUtf16FileAndKeepsGoing() throws IOException {
    Path utf16 = Files.writeString(dir.resolve("utf16.txt"), "Text", StandardCharsets.UTF_16);

    assertThat(read(utf16).problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(utf16.toString());
              assertThat(p.reason()).contains("UTF-16", "not UTF-8");
            });
  }

  @Test
  void reportsInvalidUtf8WithByteOffsetAndKeepsGoing() throws IOException {
    byte[] bytes = "Caf\u00e9 au lait, ".getBytes(StandardCharsets.UTF_8); // é is 2 bytes
    byte[] bad = new byte[bytes.length + 4];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0xC3; // a lead byte followed by an ASCII letter
    bad[bytes.length + 1] = 'x';
    bad[bytes.length + 2] = 'y';
    bad[bytes.length + 3] = 'z';
    Path latin = write("latin.txt", bad);

    assertThat(read(latin).problems)
        .containsExactly(
            new IngestProblem(
                latin.toString(),
                "byte 15",
                "invalid UTF-8 at byte 15 (C3); the input must be UTF-8"));
  }

  @Test
  void reportsAFileOverTheSizeLimitWithSizeAndLimitAndKeepsGoing() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(1001));

    assertThat(read(big).problems)
        .containsExactly(
            new IngestProblem(
                big.toString(), "", "file is 1001 bytes, over the limit of 1000 bytes"));
  }

  @Test
  void reportsAFileNameThatGivesNoId() throws IOException {
    Path nameless = Files.writeString(dir.resolve(".txt"), "Text.");

    assertThat(read(nameless).problems)
        .containsExactly(
            new IngestProblem(nameless.toString(), "", "file name gives an empty article id"));
  }
}
