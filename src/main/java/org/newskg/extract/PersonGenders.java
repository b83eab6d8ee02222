package org.newskg.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.MentionKind;

/**
 * What an article tells of its people's grammatical gender: the pronouns coreference gives each of
 * them, and the courtesy titles before their names; when it gives no sign, the usual gender of the
 * first name ({@link FirstNameGenders}). Used to keep "he" from being read as a woman named just
 * before it; unknown when there is no sign or the article's signs are mixed.
 */
final class PersonGenders {
  enum Gender {
    MASCULINE,
    FEMININE
  }

  private static final Set<String> MASCULINE_WORDS = Set.of("he", "him", "his", "himself", "mr", "mr.");
  private static final Set<String> FEMININE_WORDS =
      Set.of("she", "her", "hers", "herself", "mrs", "mrs.", "ms", "ms.", "miss");

  private final Map<String, Gender> byEntity = new HashMap<>();

  PersonGenders(Iterable<Entity> entities, String text) {
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      int votes = 0;
      for (EntityMention m : e.mentions()) {
        String word =
            m.kind() == MentionKind.PRONOMINAL ? m.text() : wordBefore(text, m.span().begin());
        votes += vote(word);
      }
      // The first name's usual gender counts as much as two of the article's pronouns, which
      // coreference sometimes gives to the wrong person.
      votes += FirstNameGenders.of(e.canonicalName()).map(g -> g == Gender.MASCULINE ? 2 : -2).orElse(0);
      if (votes != 0) {
        byEntity.put(e.key(), votes > 0 ? Gender.MASCULINE : Gender.FEMININE);
      }
    }
  }

  /** The gender a pronoun or title implies, if any. */
  static Optional<Gender> of(String word) {
    int v = vote(word);
    return v == 0 ? Optional.empty() : Optional.of(v > 0 ? Gender.MASCULINE : Gender.FEMININE);
  }

  /** Whether the person may be referred to by a word of this gender: yes unless the article says otherwise. */
  boolean compatible(String entityKey, Gender gender) {
    Gender known = byEntity.get(entityKey);
    return known == null || known == gender;
  }

  /** Whether the article itself refers to the person with words of this gender. */
  boolean known(String entityKey, Gender gender) {
    return byEntity.get(entityKey) == gender;
  }

  private static int vote(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return MASCULINE_WORDS.contains(w) ? 1 : FEMININE_WORDS.contains(w) ? -1 : 0;
  }

  private static String wordBefore(String text, int begin) {
    int end = begin;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }
}
