package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

class MentionAlignerTest {
  /**
   * "U.S. President Donald Trump's policies changed": Trump heads "U.S. President Donald Trump",
   * policies heads the subject, changed is the root.
   */
  private static Analysis analysis() {
    String text = "U.S. President Donald Trump's policies changed";
    String[] words = {"U.S.", "President", "Donald", "Trump", "'s", "policies", "changed"};
    int[] heads = {1, 3, 3, 5, 3, 6, -1};
    String[] pos = {"NNP", "NNP", "NNP", "NNP", "POS", "NNS", "VBD"};
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      int begin = text.indexOf(words[i], at);
      at = begin + words[i].length();
      tokens.add(
          new Token(i, 0, begin, at, words[i], words[i], pos[i], "O", "", heads[i], "dep"));
    }
    return new Analysis(
        text,
        Optional.empty(),
        tokens,
        List.of(new Sentence(0, 0, words.length, 0, text.length())),
        List.of(),
        List.of());
  }

  private static MentionAligner.Span span(String text, String of, String type) {
    int b = text.indexOf(of);
    return new MentionAligner.Span(b, b + of.length(), type);
  }

  @Test
  void aNameMatchesTheNounPhraseItHeads() {
    Analysis a = analysis();
    String t = a.text();
    MentionAligner aligner = new MentionAligner(a);
    List<MentionAligner.Span> gold =
        List.of(
            span(t, "U.S. President Donald Trump's", "Person"),
            span(t, "U.S.", "Place"),
            span(t, "U.S. President Donald Trump's policies", ""));
    List<MentionAligner.Span> system =
        List.of(span(t, "Donald Trump", "Person"), span(t, "U.S.", "Place"), span(t, "changed", ""));
    int[] goldOf = aligner.align(gold, system, new boolean[] {true, true, false});
    assertThat(goldOf).containsExactly(0, 1, -1);
  }

  @Test
  void theHeadOfASpanIsTheTokenGovernedFromOutsideIt() {
    Analysis a = analysis();
    MentionAligner aligner = new MentionAligner(a);
    String t = a.text();
    MentionAligner.Span np = span(t, "U.S. President Donald Trump's policies", "");
    assertThat(a.token(aligner.head(np.begin(), np.end())).word()).isEqualTo("policies");
    MentionAligner.Span name = span(t, "Donald Trump", "");
    assertThat(a.token(aligner.head(name.begin(), name.end())).word()).isEqualTo("Trump");
  }
}
