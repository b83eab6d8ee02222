package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.eval.AttributionEvaluation;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Scores extraction against gold annotations.",
    subcommands = {EvaluateCommand.Attribution.class, EvaluateEntitiesCommand.class})
final class EvaluateCommand {

  @Command(
      name = "attribution",
      mixinStandardHelpOptions = true,
      description = {
        "Scores who-said-what against a gold TSV (columns: article_id begin end kind speaker"
            + " speaker_type cue text; see seeds/gold/attributions.tsv).",
        "Prints the share of direct quotes attributed right, and recall and precision of"
            + " reported speech."
      })
  static final class Attribution implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--gold",
        defaultValue = "seeds/gold/attributions.tsv",
        description = "Gold TSV file (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(
        names = "--texts",
        defaultValue = "seeds",
        description = "Folder with ID.txt for every article id in the gold (default: ${DEFAULT-VALUE}).")
    Path texts;

    @Option(names = "--errors", description = "List every miss, wrong speaker and extra statement.")
    boolean listErrors;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AttributionEvaluation.Result r =
          AttributionEvaluation.run(gold, texts, NlpPipeline.shared(NlpSettings.DEFAULT));
      out.print(r.summary());
      if (listErrors) {
        r.errors().forEach(e -> out.println("  " + e));
      }
      out.flush();
      return 0;
    }
  }
}
