package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.eval.EntityEvaluation;
import org.newskg.merge.EntityLinker;
import org.newskg.nlp.NlpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Scores entity identity: typed named mentions, Wikipedia links and one IRI per identity on"
          + " GUM news (--gum), cross-document entity coreference (CoNLL F1) on ECB+ (--ecb).",
      "Prints the exact-name baseline beside newskg's figures."
    })
final class EvaluateEntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LinkOptions link;

  @Option(names = "--gum", paramLabel = "DIR", description = "GUM news folder (gum_news-dev).")
  Path gum;

  @Option(names = "--ecb", paramLabel = "DIR", description = "ECB+ folder (ecbplus-dev).")
  Path ecb;

  @Mixin CorpusSubsetOptions subset;

  @Option(names = "--errors", description = "List every GUM miss, extra mention and wrong link.")
  boolean listErrors;

  @Override
  public Integer call() {
    if (gum == null && ecb == null) {
      throw new UsageError("give --gum DIR, --ecb DIR or both");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<EntityLinker> linker = link.linker(err);
    EntityEvaluation.Settings settings =
        new EntityEvaluation.Settings(
            Optional.ofNullable(gum),
            Optional.ofNullable(ecb),
            subset.limit,
            subset.topicNames(),
            subset.cacheDir(),
            linker,
            listErrors);
    String report =
        EntityEvaluation.run(
            settings,
            NlpSettings.DEFAULT,
            SharedPipeline.announcingOn(err),
            line -> {
              err.println(line);
              err.flush();
            });
    out.print(report);
    out.flush();
    return 0;
  }
}
