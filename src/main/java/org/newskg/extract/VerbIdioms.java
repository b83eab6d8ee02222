package org.newskg.extract;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * A verb and its object noun that WordNet lists as one verb: "opened fire", "caught fire", "gave
 * birth", "took office". They tell one act, named by the pair (as ECB+ and TimeML annotate it), so
 * the noun is no event of its own: the verb takes the noun's type, and meets the verb of the
 * idiom's sense ("opened fire" is the sense of "fired" at someone, "caught fire" that of
 * "ignited").
 */
final class VerbIdioms {
  private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

  /** The idiom as WordNet lists it ("open fire"), and its object noun. */
  record Idiom(String phrase, Token object) {}

  private final DependencyTree tree;

  VerbIdioms(DependencyTree tree) {
    this.tree = tree;
  }

  /** The idiom ("open fire") the verb at {@code token} forms with its object, if any. */
  Optional<Idiom> of(int token) {
    Token verb = tree.token(token);
    if (!verb.pos().startsWith("VB")) {
      return Optional.empty();
    }
    for (int c : tree.children(token)) {
      Token child = tree.token(c);
      if (child.relation().equals("obj") && child.pos().startsWith("NN")
          && !child.pos().startsWith("NNP")) {
        String phrase = EventTriggers.lemma(verb) + " " + EventTriggers.lemma(child);
        if (KNOWN.computeIfAbsent(phrase, VerbIdioms::lookup)) {
          return Optional.of(new Idiom(phrase, child));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the noun is the object of a verb it forms an idiom with ("fire" in "opened fire"). */
  boolean isObjectOfIdiom(Token noun) {
    return noun.relation().equals("obj") && noun.head() >= 0 && of(noun.head()).isPresent();
  }

  private static boolean lookup(String phrase) {
    return WordNet.get().phraseSense(phrase, WordNet.Pos.VERB).isPresent();
  }
}
