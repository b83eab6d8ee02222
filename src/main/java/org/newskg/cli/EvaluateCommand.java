package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.eval.AttributionEvaluation;
import org.newskg.eval.EventEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Scores extraction against gold annotations.",
    subcommands = {
      EvaluateCommand.Attribution.class,
      EvaluateCommand.Events.class,
      EvaluateEntitiesCommand.class
    })
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

    @Option(
        names = "--baseline",
        description =
            "Score CoreNLP's own quote attribution (its quote annotator) instead of newskg's: direct"
                + " quotes only; loads a second set of models.")
    boolean baseline;

    @Option(
        names = "--cache",
        paramLabel = "DIR",
        description = "Keep CoreNLP analyses here and reuse them on the next run.")
    Path cache;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AttributionEvaluation.Result r =
          baseline
              ? AttributionEvaluation.runBaseline(gold, texts)
              : AttributionEvaluation.run(gold, texts, Optional.ofNullable(cache));
      out.print(r.summary());
      if (listErrors) {
        r.errors().forEach(e -> out.println("  " + e));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description = {
        "Scores cross-document event coreference on ECB+ from raw text: CoreNLP and the event"
            + " extractor find the event mentions, the event merge clusters them over all"
            + " documents at once, and MUC, B3, CEAF-e and CoNLL F1 are computed against the gold"
            + " clusters of the annotated sentences, next to a same-lemma-per-topic baseline.",
        "CoreNLP takes about a second per document: --topics or --limit run a subset, --cache"
            + " keeps the analyses for the next run."
      })
  static final class Events implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--ecb",
        defaultValue = "../shared/data/ecbplus-dev",
        description = "ECB+ folder with docs/ID.txt and docs/ID.gold.json (default: ${DEFAULT-VALUE}).")
    Path ecb;

    @Mixin CorpusSubsetOptions subset;

    @Option(names = "--strict-spans", description = "Match detected and gold mentions by exact span only.")
    boolean strict;

    @Option(
        names = "--story-threshold",
        defaultValue = "" + org.newskg.merge.EventCoreference.STORY_THRESHOLD,
        description = "Cosine similarity above which two documents tell one story (default: ${DEFAULT-VALUE}).")
    double storyThreshold;

    @Option(
        names = "--errors",
        description =
            "List the gold event mentions no trigger matched (MISS) and the triggers of annotated"
                + " sentences that match no gold mention (FALSE), with each token's part of speech,"
                + " lemma and relation.")
    boolean listErrors;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      EventEvaluation.Result r =
          EventEvaluation.run(
              ecb,
              new EventEvaluation.Options(
                  subset.topicNumbers(),
                  subset.limit,
                  subset.cacheDir(),
                  strict,
                  storyThreshold,
                  listErrors));
      out.print(r.summary());
      if (listErrors) {
        r.errors().forEach(out::println);
      }
      out.flush();
      return 0;
    }
  }
}
