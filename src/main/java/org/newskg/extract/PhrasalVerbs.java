package org.newskg.extract;

import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.Token;

/**
 * Verbs whose particle or preposition makes them another act, keyed as that act: "passed away" is
 * "died", "ran away" and "ran off" are "fled", "checked into" (a clinic, a hotel) is "entered",
 * "taken into custody" is "arrested". The verb alone keeps its own key ("passed the bill", "ran
 * the company", "checked the figures", "took the money").
 */
final class PhrasalVerbs {
  /** "verb particle" or "verb preposition noun" to the verb whose act it names. */
  private static final Map<String, String> ACTS =
      Map.of(
          "pass away", "die",
          "run away", "flee",
          "run off", "flee",
          "check in", "enter",
          "check into", "enter",
          "take into custody", "arrest");

  private final DependencyTree tree;

  PhrasalVerbs(DependencyTree tree) {
    this.tree = tree;
  }

  /** The verb whose act the verb at {@code token} names with its particle, if it has one. */
  Optional<String> act(int token) {
    String verb = EventTriggers.lemma(tree.token(token));
    for (int c : tree.children(token)) {
      Token child = tree.token(c);
      String r = child.relation();
      String word = EventTriggers.lemma(child);
      if (r.equals("compound:prt") && ACTS.containsKey(verb + " " + word)) {
        return Optional.of(ACTS.get(verb + " " + word));
      }
      if (r.startsWith("obl")) {
        for (int cc : tree.children(c)) {
          Token k = tree.token(cc);
          if (!k.relation().equals("case")) {
            continue;
          }
          String prep = EventTriggers.lemma(k);
          String withNoun = verb + " " + prep + " " + word;
          if (ACTS.containsKey(withNoun)) {
            return Optional.of(ACTS.get(withNoun));
          }
          if (ACTS.containsKey(verb + " " + prep)) {
            return Optional.of(ACTS.get(verb + " " + prep));
          }
        }
      }
    }
    return Optional.empty();
  }
}
