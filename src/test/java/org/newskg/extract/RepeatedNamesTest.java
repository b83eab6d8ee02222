package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

class RepeatedNamesTest {
  /** "Ana posted to Veloria and the hashtag on Veloria spread to Veloria Bank ." */
  private static final Analysis PARSE =
      HandParses.sentence(
          new String[][] {
            {"Ana", "Ana", "NNP", "1", "nsubj", "PERSON"},
            {"posted", "post", "VBD", "-1", "root"},
            {"to", "to", "IN", "3", "case"},
            {"Veloria", "Veloria", "NNP", "1", "obl", "ORGANIZATION"},
            {"and", "and", "CC", "9", "cc"},
            {"the", "the", "DT", "6", "det"},
            {"hashtag", "hashtag", "NN", "9", "nsubj"},
            {"on", "on", "IN", "8", "case"},
            {"Veloria", "Veloria", "NNP", "6", "nmod"},
            {"spread", "spread", "VBD", "1", "conj"},
            {"to", "to", "IN", "12", "case"},
            {"Veloria", "Veloria", "NNP", "12", "compound"},
            {"Bank", "Bank", "NNP", "9", "obl"},
            {".", ".", ".", "1", "punct"}
          });

  private static Entity organization(String key, String name, int... tokens) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i : tokens) {
      Token t = PARSE.token(i);
      Span span = new Span(t.begin(), t.end());
      mentions.add(new EntityMention(span, span.of(PARSE.text()), MentionKind.PROPER));
    }
    return new Entity(
        key, EntityType.ORGANIZATION, PlaceKind.NONE, name, List.of(), mentions, List.of());
  }

  private static List<String> mentionBegins(List<Entity> entities, String key) {
    return entities.stream()
        .filter(e -> e.key().equals(key))
        .flatMap(e -> e.mentions().stream())
        .map(m -> m.span().begin() + ":" + m.text())
        .toList();
  }

  @Test
  void anUntaggedRepetitionOfANameStandingAloneIsAMentionOfItsEntity() {
    List<Entity> out = RepeatedNames.add(PARSE, List.of(organization("veloria", "Veloria", 3)));
    int second = PARSE.token(8).begin();
    // the second "Veloria" joins; the one inside "Veloria Bank" is part of another name
    assertThat(mentionBegins(out, "veloria"))
        .containsExactly(PARSE.token(3).begin() + ":Veloria", second + ":Veloria");
  }

  @Test
  void aNameTwoEntitiesShareIsNoOnes() {
    List<Entity> out =
        RepeatedNames.add(
            PARSE,
            List.of(
                organization("veloria", "Veloria", 3),
                new Entity(
                    "veloria-place",
                    EntityType.PLACE,
                    PlaceKind.NONE,
                    "Veloria",
                    List.of(),
                    organization("x", "Veloria", 3).mentions(),
                    List.of())));
    assertThat(mentionBegins(out, "veloria")).hasSize(1);
    assertThat(mentionBegins(out, "veloria-place")).hasSize(1);
  }
}
