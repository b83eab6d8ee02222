package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.KgException;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Span;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ArticleSink;
import org.newskg.ingest.IngestProblem;
import org.newskg.nlp.CoreNlpQuoteAttribution;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;

/**
 * Scores statement attribution on a gold TSV file: for each article the file names, reads {@code
 * ID.txt} (and its sidecar) from the texts folder, runs the ingest pipeline's analysis and
 * extraction, and compares.
 */
public final class AttributionEvaluation {
  /** The figures, and the errors one per line. */
  public record Result(
      int articles,
      int directGold,
      int directCorrect,
      int directPredicted,
      int reportedGold,
      int reportedCorrect,
      int reportedPredicted,
      int scareGold,
      int scareAsStatement,
      List<String> errors) {

    public double directAccuracy() {
      return ratio(directCorrect, directGold);
    }

    public double reportedRecall() {
      return ratio(reportedCorrect, reportedGold);
    }

    public double reportedPrecision() {
      return ratio(reportedCorrect, reportedPredicted);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    public String summary() {
      return String.format(
          "articles %d%n"
              + "direct quotes:   %d/%d attributed right (%.3f); %d predicted%n"
              + "reported speech: %d/%d right (recall %.3f), precision %.3f of %d predicted%n"
              + "scare quotes:    %d in gold, %d wrongly taken as statements%n",
          articles,
          directCorrect,
          directGold,
          directAccuracy(),
          directPredicted,
          reportedCorrect,
          reportedGold,
          reportedRecall(),
          reportedPrecision(),
          reportedPredicted,
          scareGold,
          scareAsStatement);
    }
  }

  private AttributionEvaluation() {}

  /**
   * Scores newskg's statements: the ingest pipeline's analysis and extraction of each article.
   * CoreNLP analyses are kept in {@code cache} when given, so that scoring changed rules again does
   * not run CoreNLP again; the process's shared pipeline is built only if a text is not cached.
   */
  public static Result run(Path goldFile, Path textsDir, Optional<Path> cache) {
    AnalysisCache analyses =
        new AnalysisCache(cache, NlpSettings.DEFAULT, () -> NlpPipeline.shared(NlpSettings.DEFAULT));
    ArticleExtractor extractor = new ArticleExtractor();
    return score(
        goldFile,
        textsDir,
        (article, gold, scorer) ->
            scorer.add(
                extractor.extract(article, analyses.analyze(article.text(), article.datePublished())),
                gold));
  }

  /**
   * Scores CoreNLP's own quote attribution the same way: direct quotes only, each speaker compared
   * by the words CoreNLP names it with.
   */
  public static Result runBaseline(Path goldFile, Path textsDir) {
    CoreNlpQuoteAttribution coreNlp = CoreNlpQuoteAttribution.create(NlpSettings.DEFAULT);
    return score(
        goldFile,
        textsDir,
        (article, gold, scorer) -> {
          List<AttributionScorer.Prediction> predictions =
              coreNlp.attribute(article.text(), article.datePublished()).stream()
                  .filter(q -> q.begin() < q.end())
                  .map(
                      q ->
                          new AttributionScorer.Prediction(
                              new Span(q.begin(), q.end()),
                              article.text().substring(q.begin(), q.end()),
                              true,
                              q.speaker().map(AttributionScorer.Speaker::fromWords)))
                  .toList();
          scorer.add(article.id(), article.text(), predictions, gold);
        });
  }

  /** How one system's statements of an article reach the scorer. */
  private interface ArticleScoring {
    void score(Article article, List<GoldAttribution> gold, AttributionScorer scorer);
  }

  private static Result score(Path goldFile, Path textsDir, ArticleScoring scoring) {
    Map<String, List<GoldAttribution>> byArticle = new LinkedHashMap<>();
    for (GoldAttribution g : GoldAttribution.read(goldFile)) {
      byArticle.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(g);
    }
    List<Path> files = byArticle.keySet().stream().map(id -> textsDir.resolve(id + ".txt")).toList();
    AttributionScorer scorer = new AttributionScorer();
    List<String> problems = new ArrayList<>();
    ArticleReader.builder()
        .build()
        .read(
            files,
            new ArticleSink() {
              @Override
              public void accept(Article article) {
                scoring.score(article, byArticle.getOrDefault(article.id(), List.of()), scorer);
              }

              @Override
              public void problem(IngestProblem problem) {
                problems.add(problem.toString());
              }
            });
    if (!problems.isEmpty()) {
      throw new KgException("cannot read the texts the gold names: " + String.join("; ", problems));
    }
    AttributionScorer.Report r = scorer.report();
    return new Result(
        byArticle.size(),
        r.direct().gold(),
        r.direct().correct(),
        r.direct().predicted(),
        r.reported().gold(),
        r.reported().correct(),
        r.reported().predicted(),
        r.scareGold(),
        r.scareAsStatement(),
        r.errors());
  }
}
