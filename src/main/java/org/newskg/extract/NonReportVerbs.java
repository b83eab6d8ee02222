package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.newskg.nlp.Token;

/**
 * Verbs of saying that report nothing where they stand: a belief ("think", "hope"), a report that
 * did not happen, or the naming of a thing by a relative clause.
 */
final class NonReportVerbs {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("WDT", "WP");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> REFUSALS = Set.of("decline", "refuse");

  private final DependencyTree tree;

  NonReportVerbs(DependencyTree tree) {
    this.tree = tree;
  }

  /** Whether the verb at {@code v} reports nothing, though it is a verb of saying. */
  boolean reportsNothing(int v) {
    return CueLexicon.BELIEF_VERBS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))
        || unsaid(v)
        || describesRelative(v);
  }

  /**
   * A report that did not happen: the verb negated ("officials have not said why …"), under a
   * modal ("will announce that …", not made yet) or what someone declined or refused to do ("he
   * declined to say whether …").
   */
  private boolean unsaid(int v) {
    // the negation right before the verb, no comma between: "some did not, police said" is not it
    boolean negated = tree.children(v).stream()
        .anyMatch(c -> c < v && c >= v - 3 && NEGATIONS.contains(tree.token(c).word().toLowerCase(Locale.ROOT))
            && IntStream.range(c, v).noneMatch(t -> tree.token(t).word().equals(",")));
    Token verb = tree.token(v);
    boolean modal = tree.children(v).stream().anyMatch(c -> c < v && tree.token(c).pos().equals("MD"));
    return negated || modal
        || verb.relation().equals("xcomp") && verb.head() >= 0
            && REFUSALS.contains(tree.token(verb.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "…, which the church describes as a retreat": a relative pronoun described as something is the
   * naming of a thing, not a report, whichever clause the parser hangs the verb on.
   */
  private boolean describesRelative(int v) {
    List<Integer> children = tree.children(v);
    return ObjectContents.DESCRIPTION_VERBS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))
        && children.stream().anyMatch(c -> c < v && RELATIVE_PRONOUNS.contains(tree.token(c).pos()))
        && children.stream().anyMatch(c -> c > v && ClauseWords.firstWord(tree, c).equals("as"));
  }
}
