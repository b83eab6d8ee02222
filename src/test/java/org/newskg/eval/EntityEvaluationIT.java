package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;

/**
 * The entity evaluation end to end on a few documents of the development corpora in {@code
 * ../shared/data} (skipped, with a message, when that folder is absent).
 */
class EntityEvaluationIT {
  private static Path data() {
    Path project = Path.of(System.getProperty("newskg.project.dir", "."));
    return project.resolve("../shared/data").normalize();
  }

  @Test
  void scoresBaselineAndNewskgOnGumAndEcbPlus() {
    Path gum = data().resolve("gum_news-dev");
    Path ecb = data().resolve("ecbplus-dev");
    assumeTrue(
        Files.isDirectory(gum) && Files.isDirectory(ecb),
        "development data not found at " + data() + "; skipping the entity evaluation");
    String report =
        EntityEvaluation.run(
            new EntityEvaluation.Settings(
                Optional.of(gum), Optional.of(ecb), 2, Set.of("1"), Optional.empty(),
                Optional.empty(), false),
            NlpSettings.DEFAULT,
            () -> NlpPipeline.shared(NlpSettings.DEFAULT),
            line -> {});
    assertThat(report).contains("GUM news (2 documents)", "ECB+ entities (2 documents, 1 topics");
    Matcher conll = Pattern.compile("newskg\\s+CoNLL F1 (\\d\\.\\d{3})").matcher(report);
    assertThat(conll.find()).as(report).isTrue();
    assertThat(Double.parseDouble(conll.group(1))).isBetween(0.0, 1.0);
    Matcher f1 = Pattern.compile("newskg\\s+typed mentions P \\S+ R \\S+ F1 (\\d\\.\\d{3})").matcher(report);
    assertThat(f1.find()).as(report).isTrue();
    assertThat(Double.parseDouble(f1.group(1))).isGreaterThan(0.3);
  }
}
