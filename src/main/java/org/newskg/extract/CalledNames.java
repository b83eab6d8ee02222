package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * A name NER left untagged that the article introduces after an organization or place noun with
 * "called" or "named" ("an elite unit within the club called the Harbour Guard", "a village named
 * Tarnby") names an organization or place of that kind, and every later or earlier occurrence of
 * the name in the article is a mention of it. News writing introduces a name its readers may not
 * know this way, which is also where NER, trained on known names, is most often silent.
 *
 * <p>The noun is one of {@link PlaceAndGroupNouns}, or "group": that list leaves "group" out
 * because "a group of protesters" are people, but a group with a name of its own is an
 * organization. Added after statements and events, which never see these mentions.
 */
final class CalledNames {
  private static final Set<String> NAMING_WORDS = Set.of("called", "named");

  /** Part-of-speech tags of the words of a noun phrase and a prepositional phrase after it. */
  private static final Set<String> PHRASE_TAGS =
      Set.of("NN", "NNS", "NNP", "NNPS", "IN", "DT", "JJ", "PRP$");

  private CalledNames() {}

  /** One introduced name: its tokens' words and the type its noun gives. */
  private record Introduced(List<String> words, String display, EntityType type) {}

  /** The entities with the names introduced by "called" or "named" added. */
  static List<Entity> add(Analysis analysis, List<Entity> entities) {
    Set<Integer> tagged = new HashSet<>();
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        MentionSpans.tokensIn(analysis, m.span()).forEach(t -> tagged.add(t.index()));
      }
    }
    Map<String, Introduced> introduced = new LinkedHashMap<>();
    for (Token verb : analysis.tokens()) {
      introduction(analysis, verb, tagged)
          .ifPresent(
              i ->
                  introduced.putIfAbsent(
                      EntityNames.keyOf(i.display(), i.type(), PlaceKind.NONE), i));
    }
    Map<String, List<EntityMention>> late = new LinkedHashMap<>();
    for (Map.Entry<String, Introduced> e : introduced.entrySet()) {
      List<String> words = e.getValue().words();
      List<Token> tokens = analysis.tokens();
      for (int i = 0; i + words.size() <= tokens.size(); i++) {
        if (matches(tokens, i, words) && !tagged.contains(i)) {
          Span span = new Span(tokens.get(i).begin(), tokens.get(i + words.size() - 1).end());
          late.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
              .add(new EntityMention(span, span.of(analysis.text()), MentionKind.PROPER));
        }
      }
    }
    return LateMentions.add(
        entities,
        late,
        key -> introduced.containsKey(key) ? introduced.get(key).type() : null,
        (key, mentions) -> {
          Introduced i = introduced.get(key);
          return new Entity(
              key, i.type(), PlaceKind.NONE, i.display(), List.of(), mentions, List.of());
        });
  }

  /**
   * The name a "called" or "named" introduces: the word follows an organization or place noun,
   * or such a noun and a prepositional phrase ("the unit within the club called …"; read from the
   * words, since the parser often takes "called" for the sentence's verb), and is followed by
   * proper nouns NER left untagged, after an optional "the".
   */
  private static Optional<Introduced> introduction(
      Analysis analysis, Token verb, Set<Integer> tagged) {
    if (!NAMING_WORDS.contains(verb.word())) {
      return Optional.empty();
    }
    Optional<EntityType> type = typeOfNounBefore(analysis, verb);
    int first = verb.index() + 1;
    if (type.isEmpty() || first >= analysis.tokens().size()) {
      return Optional.empty();
    }
    if (analysis.token(first).word().equalsIgnoreCase("the")) {
      first++;
    }
    int end = first;
    while (end < analysis.tokens().size()
        && analysis.token(end).sentence() == verb.sentence()
        && analysis.token(end).pos().startsWith("NNP")
        && analysis.token(end).ner().equals("O")
        && !tagged.contains(end)) {
      end++;
    }
    if (end == first) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (int i = first; i < end; i++) {
      words.add(analysis.token(i).word());
    }
    Span span = new Span(analysis.token(first).begin(), analysis.token(end - 1).end());
    return Optional.of(new Introduced(words, span.of(analysis.text()), type.get()));
  }

  /**
   * The type of the organization or place noun right before the word, or before a prepositional
   * phrase that follows the noun ("a group within the church called …"): the nearest noun of a
   * known type among the five words before, with nothing but nouns, prepositions, determiners
   * and adjectives between.
   */
  private static Optional<EntityType> typeOfNounBefore(Analysis analysis, Token verb) {
    for (int i = verb.index() - 1; i >= 0 && i >= verb.index() - 5; i--) {
      Token t = analysis.token(i);
      if (t.sentence() != verb.sentence() || !PHRASE_TAGS.contains(t.pos())) {
        return Optional.empty();
      }
      if (t.pos().equals("NN") || t.pos().equals("NNS")) {
        Optional<EntityType> type =
            t.lemma().equals("group")
                ? Optional.of(EntityType.ORGANIZATION)
                : PlaceAndGroupNouns.typeOf(t.lemma());
        if (type.isPresent()) {
          return type;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matches(List<Token> tokens, int at, List<String> words) {
    for (int j = 0; j < words.size(); j++) {
      if (!tokens.get(at + j).word().equals(words.get(j))) {
        return false;
      }
    }
    return true;
  }
}
