package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.MentionKind;

class PersonGendersTest {
  private static final String TEXT = "Ms. Ana Ruiz spoke. She left. Tom Blake stayed; he and she argued. Kim Lee came.";

  private static Entity person(String key, EntityMention... mentions) {
    return new Entity(key, EntityType.PERSON, PlaceKind.NONE, key, List.of(), List.of(mentions), List.of());
  }

  private static EntityMention mention(String words, MentionKind kind, int from) {
    return mention(TEXT, words, kind, from);
  }

  private static EntityMention mention(String text, String words, MentionKind kind, int from) {
    int begin = text.indexOf(words, from);
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
    List<Entity> people = new ArrayList<>();
    for (String name : List.of("Margaret Olsen", "Peter Quist", "Jordan Reyes", "Okonkwo")) {
      people.add(person(name, mention(text, name, MentionKind.PROPER, 0)));
    }
    PersonGenders genders = new PersonGenders(people, text);
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
    Entity ross =
        person(
            "Kim Ross",
            mention(text, "Kim Ross", MentionKind.PROPER, 0),
            mention(text, "He", MentionKind.PRONOMINAL, 0),
            mention(text, "He", MentionKind.PRONOMINAL, 20),
            mention(text, "He", MentionKind.PRONOMINAL, 35));
    PersonGenders genders = new PersonGenders(List.of(ross), text);
    // "Kim" is usually a woman's name; three "he" of the article's own say otherwise.
    assertThat(genders.known("Kim Ross", PersonGenders.Gender.MASCULINE)).isTrue();
  }
}
