package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.NlpSettings;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

class AnalysisCacheTest {
  private static final String TEXT = "Ann met Bo. She left.";

  private static Analysis analysis() {
    List<Token> tokens =
        List.of(
            new Token(0, 0, 0, 3, "Ann", "Ann", "NNP", "PERSON", "", 1, "nsubj"),
            new Token(1, 0, 4, 7, "met", "meet", "VBD", "O", "", -1, "root"),
            new Token(2, 0, 8, 10, "Bo", "Bo", "NNP", "PERSON", "", 1, "obj"),
            new Token(3, 0, 10, 11, ".", ".", ".", "O", "", 1, "punct"),
            new Token(4, 1, 12, 15, "She", "she", "PRP", "O", "", 5, "nsubj"),
            new Token(5, 1, 16, 20, "left", "leave", "VBD", "O", "", -1, "root"),
            new Token(6, 1, 20, 21, ".", ".", ".", "O", "", 5, "punct"));
    CorefMention ann = new CorefMention(0, 1, 0, 0, 3, "Ann", MentionKind.PROPER);
    CorefMention she = new CorefMention(4, 5, 4, 12, 15, "She", MentionKind.PRONOMINAL);
    return new Analysis(
        TEXT,
        Optional.of(LocalDate.of(2022, 1, 31)),
        tokens,
        List.of(new Sentence(0, 0, 4, 0, 11), new Sentence(1, 4, 7, 12, 21)),
        List.of(new NamedEntity(0, 1, 0, 3, "Ann", "PERSON", "")),
        List.of(new CorefChain(7, ann, List.of(ann, she))));
  }

  @Test
  void anAnalysisReadBackIsEqualToTheOneWritten(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.bin.gz");
    AnalysisCache.write(file, analysis());
    assertThat(AnalysisCache.read(file, TEXT, Optional.of(LocalDate.of(2022, 1, 31))))
        .isEqualTo(analysis());
  }

  @Test
  void anotherTextDateOrSettingIsAnotherFile(@TempDir Path dir) {
    AnalysisCache cache = new AnalysisCache(Optional.of(dir), NlpSettings.DEFAULT, () -> null);
    Optional<LocalDate> date = Optional.of(LocalDate.of(2022, 1, 31));
    Path file = cache.fileFor(TEXT, date);
    assertThat(cache.fileFor(TEXT, date)).isEqualTo(file);
    assertThat(cache.fileFor(TEXT + " More.", date)).isNotEqualTo(file);
    assertThat(cache.fileFor(TEXT, Optional.empty())).isNotEqualTo(file);
    AnalysisCache otherSettings =
        new AnalysisCache(Optional.of(dir), new NlpSettings("fastneural", 120), () -> null);
    assertThat(otherSettings.fileFor(TEXT, date)).isNotEqualTo(file);
  }
}
