package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the paths a user gave into the files to read, in order: paths in the order given, the files
 * of a folder (recursively) sorted by path. In folders, files and folders whose names start with a
 * dot are skipped, symbolic links to folders are not followed, and files of other types (sidecars
 * among them) are ignored. Paths that do not exist, a given file of an unsupported type, a folder
 * that cannot be read and a folder with nothing to read are problems. A file reached twice is read
 * once.
 */
final class InputFinder {
  private static final Logger LOG = LoggerFactory.getLogger(InputFinder.class);

  private final Set<String> extensions;
  private final String expected;

  InputFinder(Set<String> extensions) {
    this.extensions = Set.copyOf(extensions);
    this.expected =
        extensions.stream().sorted().map(e -> "." + e).collect(Collectors.joining(" or "));
  }

  /** The files to read; problems go to {@code sink}. */
  List<Path> find(List<Path> paths, ArticleSink sink) {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      for (Path file : expand(path, sink)) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          files.add(file);
        } else {
          LOG.debug("{} already listed, read once", file);
        }
      }
    }
    return files;
  }

  private List<Path> expand(Path path, ArticleSink sink) {
    String name = path.toString();
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      sink.problem(new IngestProblem(name, "", "does not exist"));
      return List.of();
    }
    if (Files.isDirectory(path)) {
      return walk(path, sink);
    }
    if (isSupported(path)) {
      return List.of(path);
    }
    if (isSidecar(path)) {
      LOG.debug("{} is a sidecar, read with its article", path);
      return List.of();
    }
    sink.problem(
        new IngestProblem(
            name,
            "",
            "unsupported file type; expected "
                + expected
                + " (a .json file is read only as the sidecar of a .txt file of the same name)"));
    return List.of();
  }

  private List<Path> walk(Path folder, ArticleSink sink) {
    List<Path> found = new ArrayList<>();
    boolean[] failed = {false};
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isHidden(file) && isSupported(file)) {
                found.add(file);
              } else {
                LOG.debug("Ignoring {}", file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              failed[0] = true;
              sink.problem(new IngestProblem(file.toString(), "", Utf8Files.describe(e)));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                failed[0] = true;
                sink.problem(new IngestProblem(dir.toString(), "", Utf8Files.describe(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failed[0] = true;
      sink.problem(new IngestProblem(folder.toString(), "", Utf8Files.describe(e)));
    }
    if (found.isEmpty() && !failed[0]) {
      sink.problem(
          new IngestProblem(folder.toString(), "", "folder has no " + expected + " files"));
    }
    found.sort(null);
    return found;
  }

  boolean isSupported(Path file) {
    return extensions.contains(extension(file));
  }

  private static boolean isSidecar(Path file) {
    return extension(file).equals(TxtArticleSource.SIDECAR_EXTENSION)
        && Files.exists(
            file.resolveSibling(TxtArticleSource.stem(file) + "." + TxtArticleSource.EXTENSION));
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static String extension(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
