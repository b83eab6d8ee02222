package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * A name the article gives a person, organization or place that NER tagged in one place and left
 * untagged in another ("posted to Veloria" tagged, "the hashtag on Veloria" not) is a mention of
 * that entity wherever it stands alone: one name keeps one meaning within one article, and the
 * tagger's decision, made word by word from the context, is not always the same twice. Only a
 * run of proper nouns that is the whole name counts: a name standing inside a longer run of
 * proper nouns is part of another name, and a name that two entities of the article share is
 * no one's. Added after statements and events, which never see these mentions.
 */
final class RepeatedNames {
  private RepeatedNames() {}

  /** The entities with the untagged repetitions of their names added. */
  static List<Entity> add(Analysis analysis, List<Entity> entities) {
    Set<Integer> tagged = new HashSet<>();
    Map<List<String>, Set<String>> keysByWords = new HashMap<>();
    Map<String, Entity> byKey = new LinkedHashMap<>();
    for (Entity e : entities) {
      byKey.putIfAbsent(e.key(), e);
      for (EntityMention m : e.mentions()) {
        List<Token> tokens = MentionSpans.tokensIn(analysis, m.span());
        tokens.forEach(t -> tagged.add(t.index()));
        if (m.kind() == MentionKind.PROPER && e.type() != EntityType.THING) {
          List<String> words = properWords(tokens);
          if (!words.isEmpty()) {
            keysByWords.computeIfAbsent(words, w -> new HashSet<>()).add(e.key());
          }
        }
      }
    }
    Map<String, List<EntityMention>> late = new LinkedHashMap<>();
    List<Token> tokens = analysis.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size()
          && isUntaggedProperNoun(tokens.get(end), tagged)
          && tokens.get(end).sentence() == tokens.get(i).sentence()) {
        end++;
      }
      if (end == i) {
        i++;
        continue;
      }
      List<String> words = new ArrayList<>();
      for (int j = i; j < end; j++) {
        words.add(tokens.get(j).word());
      }
      Set<String> keys = keysByWords.get(words);
      if (keys != null && keys.size() == 1 && !isProperNoun(tokens, i - 1)
          && !isProperNoun(tokens, end)) {
        Span span = new Span(tokens.get(i).begin(), tokens.get(end - 1).end());
        late.computeIfAbsent(keys.iterator().next(), k -> new ArrayList<>())
            .add(new EntityMention(span, span.of(analysis.text()), MentionKind.PROPER));
      }
      i = end;
    }
    return LateMentions.add(
        entities,
        late,
        key -> byKey.containsKey(key) ? byKey.get(key).type() : null,
        (key, mentions) -> byKey.get(key));
  }

  /**
   * The words of a name made of proper nouns alone, without a leading "the" or a closing
   * possessive; none for a name with other words ("University of Veloria").
   */
  private static List<String> properWords(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("NNP")) {
        out.add(t.word());
      } else if (!(i == 0 && t.pos().equals("DT"))
          && !(i == tokens.size() - 1 && t.pos().equals("POS"))) {
        return List.of();
      }
    }
    return out;
  }

  private static boolean isUntaggedProperNoun(Token t, Set<Integer> tagged) {
    return t.pos().startsWith("NNP")
        && (t.ner().equals("O") || t.ner().equals("MISC"))
        && !tagged.contains(t.index());
  }

  private static boolean isProperNoun(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).pos().startsWith("NNP");
  }
}
