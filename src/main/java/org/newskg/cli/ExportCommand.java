package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes every named graph of the store as RDF 1.1 (N-Quads, TriG or JSON-LD).")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--format", required = true, description = "nquads, trig or jsonld.")
  String format;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "File to write.")
  Path output;

  @Override
  public Integer call() throws IOException {
    KgStore.ExportFormat fmt = Formats.export(format);
    // Written beside the target and moved into place: a failed export leaves no half file.
    Path absolute = output.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path partial = Files.createTempFile(absolute.getParent(), ".newskg-export", ".part");
    long quads;
    try (KgStore kg = store.openExisting();
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
      quads = kg.export(fmt, out);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
    spec.commandLine().getOut().printf("Wrote %d quads to %s%n", quads, output);
    return 0;
  }
}
