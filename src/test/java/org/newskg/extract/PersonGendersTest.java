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

  @Test
  void withoutPronounsOrTitlesTheFirstNameGivesTheUsualGender() {
    String text = "Margaret Olsen and Peter Quist met. Jordan Reyes and Okonkwo came too.";
    PersonGenders genders =
        new PersonGenders(
            List.of(
                named("Margaret Olsen", text),
                named("Peter Quist", text),
                named("Jordan Reyes", text),
                named("Okonkwo", text)),
            text);
    assertThat(genders.known("Margaret Olsen", PersonGenders.Gender.FEMININE)).isTrue();
    assertThat(genders.compatible("Margaret Olsen", PersonGenders.Gender.MASCULINE)).isFalse();
    assertThat(genders.known("Peter Quist", PersonGenders.Gender.MASCULINE)).isTrue();
    // A first name the list gives both genders, and a lone name, say nothing.
    assertThat(genders.compatible("Jordan Reyes", PersonGenders.Gender.FEMININE)).isTrue();
    assertThat(genders.compatible("Jordan Reyes", PersonGenders.Gender.MASCULINE)).isTrue();
    assertThat(genders.compatible("Okonkwo", PersonGenders.Gender.FEMININE)).isTrue();
    assertThat(genders.known("Okonkwo", PersonGenders.Gender.MASCULINE)).isFalse();
  }

  @Test
  void theArticlesOwnPronounsOutweighTheFirstNameWhenTheyAreMany() {
    String text = "Kim Ross spoke. He left. He came back. He sat down.";
    int from = text.indexOf("He");
    PersonGenders genders =
        new PersonGenders(
            List.of(
                new Entity(
                    "ross",
                    EntityType.PERSON,
                    PlaceKind.NONE,
                    "Kim Ross",
                    List.of(),
                    List.of(
                        new EntityMention(new Span(0, 8), "Kim Ross", MentionKind.PROPER),
                        new EntityMention(new Span(from, from + 2), "He", MentionKind.PRONOMINAL),
                        new EntityMention(new Span(from + 9, from + 11), "He", MentionKind.PRONOMINAL),
                        new EntityMention(new Span(from + 23, from + 25), "He", MentionKind.PRONOMINAL)),
                    List.of())),
            text);
    assertThat(genders.known("ross", PersonGenders.Gender.MASCULINE)).isTrue();
  }

  private static Entity named(String name, String text) {
    int begin = text.indexOf(name);
    return new Entity(
        name,
        EntityType.PERSON,
        PlaceKind.NONE,
        name,
        List.of(),
        List.of(new EntityMention(new Span(begin, begin + name.length()), name, MentionKind.PROPER)),
        List.of());
  }
}
