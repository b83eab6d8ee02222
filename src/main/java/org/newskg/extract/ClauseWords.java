package org.newskg.extract;

import java.util.Locale;
import java.util.Set;

/** What the words that open a clause tell about it: "that", a subordinating mark, a first word. */
final class ClauseWords {
  /** Tags of finite verbs. */
  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private ClauseWords() {}

  /** A finite verb or a modal: what makes words a clause of their own. */
  static boolean isFiniteOrModal(String pos) {
    return FINITE.contains(pos) || pos.equals("MD");
  }

  /** A verb of any form, or a modal. */
  static boolean isVerbOrModal(String pos) {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  /** Whether the clause is opened by "that" as its mark. */
  static boolean hasThat(DependencyTree tree, int clause) {
    return tree.children(clause).stream()
        .anyMatch(
            m -> tree.token(m).relation().equals("mark")
                && tree.token(m).lemma().equalsIgnoreCase("that"));
  }

  /** A subordinate clause ("if", "because", "as") is not what the verb reports. */
  static boolean hasMark(DependencyTree tree, int clause) {
    return tree.children(clause).stream()
        .anyMatch(m -> tree.token(m).relation().equals("mark") && m < clause);
  }

  /** The first word of the child's subtree, in lower case. */
  static String firstWord(DependencyTree tree, int child) {
    return tree.token(tree.subtree(child).begin()).word().toLowerCase(Locale.ROOT);
  }
}
