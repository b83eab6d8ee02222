package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * The antecedents the syntax gives, which statistical coreference leaves out: a relative pronoun
 * refers to the noun its clause modifies ("the man who fired"), a reflexive to
 * the subject of its verb ("she hurt herself").
 */
final class Antecedents {
  /**
   * Relative pronouns of people only: "that" and "which" are as often complementizers or refer to
   * events and things, and the parse does not tell them apart reliably.
   */
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose");

  /**
   * Relative pronouns of things, resolved only when the noun their clause modifies is a thing
   * already: "the patch that fixes it". The tagger's WDT tells them from the complementizer.
   */
  private static final Set<String> THING_RELATIVES = Set.of("that", "which");
  private static final Set<String> REFLEXIVES =
      Set.of("himself", "herself", "themselves", "itself");

  private Antecedents() {}

  /** Whether the token is a pronoun this class resolves. */
  static boolean isCandidate(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return (RELATIVES.contains(w) && (t.pos().startsWith("W"))) || REFLEXIVES.contains(w);
  }

  /** Whether the token is a relative pronoun of things ("that", "which" tagged WDT). */
  static boolean isThingRelative(Token t) {
    return THING_RELATIVES.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().equals("WDT");
  }

  /** The head token of the pronoun's antecedent, if the parse gives one. */
  static Optional<Integer> of(Analysis analysis, Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.isRoot()) {
      return Optional.empty();
    }
    if ((RELATIVES.contains(w) && t.pos().startsWith("W")) || isThingRelative(t)) {
      // The pronoun is a dependent of the relative clause's verb (or of a word in it, for
      // "whose"), and that clause hangs off the noun as acl:relcl.
      Token clause = analysis.token(t.head());
      for (int up = 0; up < 2 && !clause.relation().equals("acl:relcl") && !clause.isRoot(); up++) {
        clause = analysis.token(clause.head());
      }
      return clause.relation().equals("acl:relcl") && !clause.isRoot()
          ? Optional.of(clause.head())
          : Optional.empty();
    }
    if (REFLEXIVES.contains(w)) {
      int verb = t.head();
      for (Token d : analysis.tokensOf(analysis.sentences().get(t.sentence()))) {
        if (d.head() == verb && d.relation().startsWith("nsubj")
            && d.index() < t.index()) {
          return Optional.of(d.index());
        }
      }
    }
    return Optional.empty();
  }
}
