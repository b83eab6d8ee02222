package org.newskg.extract;

import java.util.Optional;
import java.util.Set;

/**
 * Content around a reporting verb's object: "confirmed the follow-up was received" (parsed as
 * object and passive complement), "dismissed concerns that X" (X), "accused Y of Z", "described
 * Y as Z".
 */
final class ObjectContents {
  /** Verbs that report what someone is accused, blamed or thanked for ("accused Y of Z"). */
  static final Set<String> ACCUSATION_VERBS =
      Set.of("accuse", "charge", "blame", "criticize", "criticise", "praise", "thank");

  /** Verbs that report what something is described as ("described Y as Z"). */
  static final Set<String> DESCRIPTION_VERBS =
      Set.of(
          "describe", "dismiss", "brand", "label", "characterize", "characterise", "portray",
          "denounce", "condemn", "hail", "reject", "praise", "call");

  private final DependencyTree tree;

  ObjectContents(DependencyTree tree) {
    this.tree = tree;
  }

  /** The token range verb {@code v} with lemma {@code lemma} reports around its object. */
  Optional<TokenRange> of(int v, String lemma, int object) {
    for (int c : tree.children(v)) {
      if (c > object
          && tree.token(c).relation().equals("xcomp")
          && tree.children(c).stream().anyMatch(a -> tree.token(a).relation().startsWith("aux"))
          && tree.children(c).stream().noneMatch(a -> tree.token(a).relation().equals("mark"))) {
        return Optional.of(new TokenRange(tree.subtree(object).begin(), tree.subtree(c).end()));
      }
    }
    for (int c : tree.children(object)) {
      String r = tree.token(c).relation();
      if ((r.equals("acl") || r.equals("ccomp")) && ClauseWords.hasThat(tree, c)) {
        return Optional.of(tree.subtree(c));
      }
    }
    Set<String> linking =
        ACCUSATION_VERBS.contains(lemma)
            ? Set.of("of", "for")
            : DESCRIPTION_VERBS.contains(lemma) ? Set.of("as") : Set.of();
    for (int c : tree.children(v)) {
      if (c > object && linking.contains(ClauseWords.firstWord(tree, c))) {
        return Optional.of(new TokenRange(tree.subtree(object).begin(), tree.subtree(c).end()));
      }
    }
    return Optional.empty();
  }
}
