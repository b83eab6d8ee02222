package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code .txt} file is one article: its id is the file name without the extension, its text the
 * file's content decoded as UTF-8 and otherwise unchanged, but for a leading byte order mark, which
 * is dropped (character offsets index the text without it). A sidecar {@code NAME.json} next to it
 * may give {@code url}, {@code publisher}, {@code datePublished} and {@code headline}; a sidecar
 * that cannot be read, or a value in it that is not usable, is a warning and the article is read
 * without it.
 */
final class TxtArticleSource implements ArticleSource {
  private static final Logger LOG = LoggerFactory.getLogger(TxtArticleSource.class);

  static final String EXTENSION = "txt";
  static final String SIDECAR_EXTENSION = "json";

  private final long maxBytes;

  TxtArticleSource(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Path file, ArticleSink sink) {
    String name = file.toString();
    String id = stem(file);
    if (id.isBlank()) {
      sink.problem(new IngestProblem(name, "", "file name gives an empty article id"));
      return;
    }
    String text;
    try {
      text = readText(file, maxBytes);
    } catch (InputException e) {
      sink.problem(e.toProblem(name));
      return;
    } catch (IOException e) {
      sink.problem(new IngestProblem(name, "", Utf8Files.describe(e)));
      return;
    }
    ArticleMetadata given = sidecar(file, id, sink);
    sink.accept(new Article(id, text, TextMetadataSniffer.complete(given, text), name));
  }

  /** The whole file as text: UTF-8, checked, without a leading byte order mark, not blank. */
  static String readText(Path file, long maxBytes) throws IOException {
    byte[] bytes = Utf8Files.read(file, maxBytes);
    Utf8Files.checkText(bytes);
    String text = Utf8Files.stripBom(Utf8Files.decode(bytes, 0, bytes.length, ""));
    if (text.isEmpty()) {
      throw new InputException("", "file has nothing but a byte order mark");
    }
    if (text.isBlank()) {
      throw new InputException("", "file has only whitespace");
    }
    return text;
  }

  /** The metadata in the sidecar of {@code file}, or none; warnings go to {@code sink}. */
  private ArticleMetadata sidecar(Path file, String id, ArticleSink sink) {
    Path sidecar = sidecarOf(file);
    if (!Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) {
      return ArticleMetadata.NONE;
    }
    String name = sidecar.toString();
    String without = "; article " + id + " read without the sidecar";
    try {
      JsonObject object = JsonObjectParser.parse(readText(sidecar, maxBytes), 1);
      LOG.debug("Sidecar {} for article {}", name, id);
      return JsonMetadata.read(
          object,
          (key, reason) ->
              sink.warning(
                  new IngestProblem(
                      name,
                      "key " + key,
                      key + " " + reason + "; article " + id + " read without it")));
    } catch (InputException e) {
      sink.warning(new IngestProblem(name, e.position(), "sidecar " + e.getMessage() + without));
    } catch (IOException e) {
      sink.warning(new IngestProblem(name, "", "sidecar " + Utf8Files.describe(e) + without));
    }
    return ArticleMetadata.NONE;
  }

  static Path sidecarOf(Path file) {
    return file.resolveSibling(stem(file) + "." + SIDECAR_EXTENSION);
  }

  /** The file name without its last extension. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
