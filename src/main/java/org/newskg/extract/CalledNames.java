package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
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

  /** One introduced name: its tokens' words, the type its noun gives, and that noun. */
  private record Introduced(List<String> words, String display, EntityType type, Token noun) {}

  /**
   * The entities with the names introduced by "called" or "named" added, each with the noun
   * phrase that introduces it ("a small group", of "a small group within the church called the
   * Ember Org") as a mention of it too, unless that phrase is already an unnamed participant
   * (one of {@code described}).
   */
  static List<Entity> add(Analysis analysis, List<Entity> entities, Set<Span> described) {
    Set<Integer> tagged = new HashSet<>();
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        MentionSpans.tokensIn(analysis, m.span()).forEach(t -> tagged.add(t.index()));
      }
    }
    Map<Integer, Entity> namedAt = new HashMap<>();
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.kind() == MentionKind.PROPER) {
          MentionSpans.tokensIn(analysis, m.span()).stream()
              .findFirst()
              .ifPresent(t -> namedAt.putIfAbsent(t.index(), e));
        }
      }
    }
    Map<String, Introduced> introduced = new LinkedHashMap<>();
    Map<String, EntityType> types = new HashMap<>();
    Map<String, List<EntityMention>> late = new LinkedHashMap<>();
    DependencyTree tree = new DependencyTree(analysis);
    for (Token verb : analysis.tokens()) {
      if (!NAMING_WORDS.contains(verb.word())) {
        continue;
      }
      Optional<Introduced> found = introduction(analysis, verb, tagged);
      String key;
      Token noun;
      if (found.isPresent()) {
        Introduced i = found.get();
        key = EntityNames.keyOf(i.display(), i.type(), PlaceKind.NONE);
        introduced.putIfAbsent(key, i);
        types.putIfAbsent(key, i.type());
        noun = i.noun();
      } else {
        // a name NER or an earlier rule found: only the noun phrase before is new
        Optional<Token> before = nounBefore(analysis, verb);
        // the name's mention may hold the "the" before it ("the Harbour Guard")
        Entity named =
            before.isEmpty()
                ? null
                : namedAt.getOrDefault(nameStart(analysis, verb), namedAt.get(verb.index() + 1));
        if (named == null || typeOf(before.get()).orElseThrow() != named.type()) {
          continue;
        }
        key = named.key();
        types.putIfAbsent(key, named.type());
        noun = before.get();
      }
      UnnamedParticipants.Description d = UnnamedParticipants.describe(tree, noun);
      boolean free =
          MentionSpans.tokensIn(analysis, d.span()).stream()
              .noneMatch(t -> tagged.contains(t.index()));
      if (free && !described.contains(d.span())) {
        late.computeIfAbsent(key, k -> new ArrayList<>()).add(d.mention());
      }
    }
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
        types::get,
        (key, mentions) -> {
          Introduced i = introduced.get(key);
          return new Entity(
              key,
              i.type(),
              PlaceKind.NONE,
              i.display(),
              List.of(),
              LateMentions.inTextOrder(mentions, List.of()),
              List.of());
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
    Optional<Token> noun = nounBefore(analysis, verb);
    int first = nameStart(analysis, verb);
    if (noun.isEmpty() || first >= analysis.tokens().size()) {
      return Optional.empty();
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
    EntityType type = typeOf(noun.get()).orElseThrow();
    return Optional.of(new Introduced(words, span.of(analysis.text()), type, noun.get()));
  }

  /**
   * The organization or place noun right before the word, or before a prepositional phrase that
   * follows the noun ("a group within the church called …"): the nearest noun of a known type
   * among the five words before, with nothing but nouns, prepositions, determiners and adjectives
   * between.
   */
  private static Optional<Token> nounBefore(Analysis analysis, Token verb) {
    for (int i = verb.index() - 1; i >= 0 && i >= verb.index() - 5; i--) {
      Token t = analysis.token(i);
      if (t.sentence() != verb.sentence() || !PHRASE_TAGS.contains(t.pos())) {
        return Optional.empty();
      }
      if (typeOf(t).isPresent()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static Optional<EntityType> typeOf(Token t) {
    if (!t.pos().equals("NN") && !t.pos().equals("NNS")) {
      return Optional.empty();
    }
    return t.lemma().equals("group")
        ? Optional.of(EntityType.ORGANIZATION)
        : PlaceAndGroupNouns.typeOf(t.lemma());
  }

  /** The first word of the name after the naming word, past an optional "the". */
  private static int nameStart(Analysis analysis, Token verb) {
    int first = verb.index() + 1;
    if (first < analysis.tokens().size()
        && analysis.token(first).word().equalsIgnoreCase("the")) {
      first++;
    }
    return first;
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
