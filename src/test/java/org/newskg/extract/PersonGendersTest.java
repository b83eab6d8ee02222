package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.MentionKind;

class PersonGendersTest {
  private static final String TEXT = "Ms. Ana Ruiz spoke. She left. Tom Blake stayed; he and she argued. Kim Lee came.";

  private static Entity person(String key, EntityMention... mentions) {
    return new Entity(key, EntityType.PERSON, PlaceKind.NONE, key, List.of(), List.of(mentions), List.of());
  }

  private static EntityMention mention(String words, MentionKind kind, int from) {
    int begin = TEXT.indexOf(words, from);
    return new EntityMention(new Span(begin, begin + words.length()), words, kind);
  }

  @Test
  void pronounsAndCourtesyTitlesTellAPersonsGenderAndNothingLeavesItOpen() {
    PersonGenders genders =
        new PersonGenders(
            List.of(
                person("ruiz", mention("Ana Ruiz", MentionKind.PROPER, 0), mention("She", MentionKind.PRONOMINAL, 0)),
                person(
                    "blake",
                    mention("Tom Blake", MentionKind.PROPER, 0),
                    mention("he", MentionKind.PRONOMINAL, 0),
                    mention("he", MentionKind.PRONOMINAL, 0),
                    mention("she", MentionKind.PRONOMINAL, 40)),
                person("lee", mention("Kim Lee", MentionKind.PROPER, 0))),
            TEXT);
    assertThat(genders.compatible("ruiz", PersonGenders.Gender.FEMININE)).isTrue();
    assertThat(genders.compatible("ruiz", PersonGenders.Gender.MASCULINE)).isFalse();
    assertThat(genders.compatible("blake", PersonGenders.Gender.MASCULINE)).isTrue();
    assertThat(genders.compatible("blake", PersonGenders.Gender.FEMININE)).isFalse();
    assertThat(genders.compatible("lee", PersonGenders.Gender.MASCULINE)).isTrue();
    assertThat(genders.compatible("lee", PersonGenders.Gender.FEMININE)).isTrue();
    assertThat(PersonGenders.of("They")).isEmpty();
    assertThat(PersonGenders.of("He")).contains(PersonGenders.Gender.MASCULINE);
  }
}
