package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.ingest.IngestProblem;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.IngestJob;
import org.newskg.pipeline.IngestReport;
import org.newskg.pipeline.IngestSettings;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles (.txt with optional NAME.json sidecar, .jsonl), extracts entities,"
          + " and stores one named graph per article version.",
      "Unchanged articles are skipped; changed texts under a known id become new versions."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin BaseIriOption base;
  @Mixin LinkOptions link;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
  List<Path> paths;

  @Option(
      names = "--batch-size",
      defaultValue = "100",
      description = "Article graphs per write transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--max-file-size",
      defaultValue = "10485760",
      description = "Refuse input files larger than this many bytes (default: ${DEFAULT-VALUE}).")
  long maxFileBytes;


  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSettings settings =
        IngestSettings.DEFAULT
            .withBatchSize(batchSize)
            .withMaxFileBytes(maxFileBytes)
            .withBaseIri(base.baseIri);
    var linker = link.linker(err);
    err.println("Loading CoreNLP models (takes a while, once per run)…");
    err.flush();
    NlpPipeline nlp = NlpPipeline.shared(settings.nlp());
    try (KgStore kg = KgStore.open(store.store);
        ProgressBar bar = new ProgressBar(err)) {
      IngestReport report =
          IngestJob.builder()
              .store(kg.dataset(), kg.directory())
              .nlp(nlp)
              .settings(settings)
              .progress(bar::update)
              .entityLinker(linker)
              .build()
              .run(paths);
      bar.close();
      printSummary(out, report);
      return report.hasFailures() ? Main.SOME_FAILED : 0;
    }
  }

  private static void printSummary(PrintWriter out, IngestReport r) {
    out.printf(
        "Stored %d article version(s) (%d revision(s)), skipped %d unchanged, failed %d;"
            + " %d quads in %.1f s%s%n",
        r.stored(),
        r.revised(),
        r.unchanged(),
        r.failed().size(),
        r.quads(),
        r.elapsed().toMillis() / 1000.0,
        r.compacted() ? "; store compacted" : "");
    for (IngestProblem p : r.failed()) {
      out.println("  failed: " + p);
    }
    for (IngestProblem p : r.warnings()) {
      out.println("  warning: " + p);
    }
    out.flush();
  }
}
