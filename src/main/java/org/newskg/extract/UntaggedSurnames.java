package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * A surname NER left untagged where it names what a common noun is of ("the Ruiz video", "the
 * Vidal campaign") is a mention of the one person of the article whose full name ends in it. NER
 * reads a capitalised word before a common noun as part of a phrase rather than as a name; the
 * article's own full name says whose it is. With two full names ending in the word ("Ana Ruiz",
 * "Luis Ruiz"), it is no one's. Like places inside names, these mentions are added after
 * statements and events, which never see them.
 */
final class UntaggedSurnames {
  private UntaggedSurnames() {}

  /** The entities with the untagged surnames before common nouns added. */
  static List<Entity> add(Analysis analysis, List<Entity> entities) {
    Map<String, Set<String>> personsBySurname = new LinkedHashMap<>();
    Map<String, Entity> byKey = new LinkedHashMap<>();
    Set<Span> taken = MentionSpans.spansOf(entities);
    for (Entity e : entities) {
      byKey.putIfAbsent(e.key(), e);
      String[] words = e.canonicalName().split(" ");
      if (e.type() == EntityType.PERSON && words.length >= 2) {
        personsBySurname
            .computeIfAbsent(words[words.length - 1], w -> new HashSet<>())
            .add(e.key());
      }
    }
    Map<String, List<EntityMention>> late = new LinkedHashMap<>();
    for (Token t : analysis.tokens()) {
      Set<String> persons = personsBySurname.get(t.word());
      Span span = new Span(t.begin(), t.end());
      if (persons != null
          && persons.size() == 1
          && isUntaggedModifierOfACommonNoun(analysis, t)
          && !taken.contains(span)) {
        late.computeIfAbsent(persons.iterator().next(), k -> new ArrayList<>())
            .add(new EntityMention(span, span.of(analysis.text()), MentionKind.PROPER));
      }
    }
    // Every key is a person of the article, so no new entity is ever made.
    return LateMentions.add(
        entities, late, key -> EntityType.PERSON, (key, mentions) -> byKey.get(key));
  }

  /**
   * A capitalised word inside a sentence that NER gave no person, organization or place,
   * compounded to a common noun; the tagger may call it a common noun itself ("frost").
   */
  private static boolean isUntaggedModifierOfACommonNoun(Analysis analysis, Token t) {
    if (!(t.pos().equals("NNP") || t.pos().equals("NN"))
        || !Character.isUpperCase(t.word().charAt(0))
        || analysis.sentenceOf(t).firstToken() == t.index()
        || !(t.ner().equals("O") || t.ner().equals("MISC"))
        || !t.relation().equals("compound")
        || t.isRoot()) {
      return false;
    }
    String governor = analysis.token(t.head()).pos();
    return governor.equals("NN") || governor.equals("NNS");
  }
}
