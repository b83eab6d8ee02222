package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
  @Test
  void listsAreLowerCaseLemmasAndQuoteOnlyVerbsAreSpeechVerbs() {
    Stream.of(
            CueLexicon.SPEECH_VERBS,
            CueLexicon.QUOTE_ONLY_VERBS,
            CueLexicon.QUOTING_VERBS,
            CueLexicon.DOCUMENT_NOUNS,
            CueLexicon.PERSON_NOUNS)
        .flatMap(Set::stream)
        .forEach(w -> assertThat(w).isEqualTo(w.toLowerCase(Locale.ROOT)).doesNotContain(" "));
    assertThat(CueLexicon.SPEECH_VERBS).containsAll(CueLexicon.QUOTE_ONLY_VERBS);
    assertThat(CueLexicon.isSpeechVerb("say")).isTrue();
    assertThat(CueLexicon.isSpeechVerb("eat")).isFalse();
    assertThat(CueLexicon.isQuotingVerb("whisper")).isTrue();
    assertThat(CueLexicon.isSpeechVerb("whisper")).isFalse();
  }
}
