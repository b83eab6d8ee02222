package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newskg.merge.EntityLinker;
import picocli.CommandLine.Option;

/** {@code --link wikidict [--wikidict FILE]}: optional linking of entities to Wikipedia. */
final class LinkOptions {
  @Option(
      names = "--link",
      paramLabel = "KB",
      description =
          "Link entities to Wikipedia/DBpedia with 'wikidict', CoreNLP's English Wikipedia"
              + " dictionary (about a minute to load, 1 GB more heap). Default: no links.")
  String link;

  @Option(
      names = "--wikidict",
      paramLabel = "FILE",
      description =
          "wikidict.tab.gz, or the jar edu.stanford.nlp:stanford-corenlp:4.5.10:models-english-kbp"
              + " (default: that jar in the local Maven repository, or on the class path when"
              + " built with -Pwikidict).")
  Path wikidict;

  Optional<EntityLinker> linker(PrintWriter err) {
    if (link == null) {
      return Optional.empty();
    }
    if (!link.equals("wikidict")) {
      throw new UsageError("--link knows only 'wikidict', not '" + link + "'");
    }
    Path file = wikidict != null ? wikidict : EntityLinker.findWikidict().orElse(null);
    if (file == null || !Files.isRegularFile(file)) {
      throw new UsageError(
          "wikidict not found; fetch it once with ./mvnw dependency:get"
              + " -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english-kbp"
              + " -Dtransitive=false, or give --wikidict FILE");
    }
    err.println("Loading wikidict from " + file + " (about a minute)…");
    err.flush();
    return Optional.of(EntityLinker.wikidict(file));
  }
}
