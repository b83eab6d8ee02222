package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbFormsTest {
  @Test
  void givesTheVerbLemmaOfFormsTheTaggerMayReadAsNouns() {
    assertThat(VerbForms.lemmaAsVerb("notes")).isEqualTo("note");
    assertThat(VerbForms.lemmaAsVerb("Writing")).isEqualTo("write");
    assertThat(VerbForms.lemmaAsVerb("says")).isEqualTo("say");
    assertThat(VerbForms.lemmaAsVerb("claimed")).isEqualTo("claim");
    assertThat(VerbForms.lemmaAsVerb("table")).isEqualTo("table");
  }
}
