package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Where a reported complement clause ends, when its subtree in the parse is not the whole report
 * or holds more than it: another report hung on it, a conjunct hung on the verb, the comma that
 * closes a relative clause.
 */
final class ReportedClauseEnds {
  /** Pronouns that may be the speaker going on with something else. */
  private static final Set<String> PERSONAL = Set.of("he", "she", "they", "i", "we");

  /** What a subjectless conjunct needs to go on with the clause: "and was strong enough to …". */
  private static final Set<String> AUXILIARY = Set.of("aux", "aux:pass", "cop");

  private final DependencyTree tree;
  private final boolean[] quoted;

  ReportedClauseEnds(DependencyTree tree, boolean[] quoted) {
    this.tree = tree;
    this.quoted = quoted;
  }

  /** The {@code range} of the clause that verb {@code v} reports, with its end set right. */
  TokenRange of(int v, int clause, TokenRange range) {
    return withinRelativeClause(
        v, withoutSecondReport(withConjuncts(v, withoutSayingParticiple(range, clause)), clause));
  }

  /**
   * "… is underway, noting that …": a participle of saying with a clause of its own, hung on the
   * reported clause, starts another statement, so the content stops before it ("responded in
   * writing" is no such participle).
   */
  private TokenRange withoutSayingParticiple(TokenRange range, int clause) {
    TokenRange out = range;
    for (int c : tree.children(clause)) {
      Token t = tree.token(c);
      if (c > clause && t.pos().equals("VBG") && CueFinder.isSpeechVerb(t)
          && tree.child(c, "ccomp").isPresent() && tree.child(c, "case").isEmpty()) {
        out = endBefore(out, c, false);
      }
    }
    return out;
  }

  /**
   * "Police said Roe targeted two managers and also may have intended to shoot a third", "she
   * said X, but it came while …": the parser often hangs the second half of a reported clause on
   * the reporting verb as its conjunct. A conjunct right after the clause belongs to the report
   * when it has a subject of its own that is not a personal pronoun (which may be the speaker
   * going on: "and he left"), or no subject but a modal or auxiliary; never a verb of saying (a
   * report of its own).
   */
  private TokenRange withConjuncts(int v, TokenRange range) {
    TokenRange out = range;
    for (int c : tree.children(v)) {
      Token conj = tree.token(c);
      if (c < out.end() || !conj.relation().equals("conj") || !predicate(c)
          || CueFinder.isSpeechVerb(conj) || CueFinder.communicates(conj, 1)) {
        continue;
      }
      TokenRange own = tree.subtree(c);
      if (!onlyLinkBetween(out.end(), own.begin())) {
        break;
      }
      Optional<Integer> subject = tree.children(c).stream()
          .filter(k -> tree.token(k).relation().startsWith("nsubj")).findFirst();
      boolean ownSubject = subject.isPresent() && !PERSONAL.contains(tree.token(subject.get()).word().toLowerCase(Locale.ROOT));
      boolean auxiliary = subject.isEmpty() && tree.children(c).stream().anyMatch(k -> AUXILIARY.contains(tree.token(k).relation()));
      if (!ownSubject && !auxiliary) {
        break;
      }
      int end = tree.beforePunctuation(own.begin(), own.end());
      out = out.withEnd(Math.max(out.end(), end));
    }
    return out;
  }

  /**
   * "Roe, who argued he was insane, spoke …": the report of a relative clause set off by commas
   * ends at the comma that closes it, however the parser hung what follows.
   */
  private TokenRange withinRelativeClause(int v, TokenRange range) {
    boolean relative = tree.children(v).stream()
        .anyMatch(c -> c < v && tree.token(c).pos().startsWith("W") && tree.token(c).relation().startsWith("nsubj"));
    int pronoun = v - 1;
    while (pronoun > 0 && !tree.token(pronoun).pos().startsWith("W") && v - pronoun < 3) {
      pronoun--;
    }
    if (!relative || pronoun < 1 || !tree.token(pronoun - 1).word().equals(",")) {
      return range;
    }
    for (int t = range.begin(); t < range.end(); t++) {
      if (tree.token(t).word().equals(",") && !quoted[t]) {
        return range.withEnd(t);
      }
    }
    return range;
  }

  /**
   * A conjunct that can be the second half of a clause: a verb or adjective, or a noun with a
   * copula or an existential "there" ("and there have been no reports"), which the parser makes
   * the head of its clause.
   */
  private boolean predicate(int c) {
    String pos = tree.token(c).pos();
    return pos.startsWith("VB") || pos.startsWith("JJ")
        || pos.startsWith("NN") && (tree.child(c, "cop").isPresent() || tree.child(c, "expl").isPresent());
  }

  /** Nothing but a comma and a conjunction between the clause and its conjunct. */
  private boolean onlyLinkBetween(int from, int to) {
    for (int t = from; t < to; t++) {
      Token w = tree.token(t);
      if (!w.word().equals(",") && !w.relation().equals("cc")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Roe said he had been … and, in a careful phrasing, said he is …": a verb of saying
   * coordinated inside the reported clause is a second report; the first stops before it.
   */
  private TokenRange withoutSecondReport(TokenRange range, int clause) {
    TokenRange out = range;
    for (int c : tree.children(clause)) {
      Token t = tree.token(c);
      if (c > clause && t.relation().equals("conj") && CueFinder.isSpeechVerb(t) && !quoted[c]
          && tree.child(c, "ccomp").isPresent()) {
        out = endBefore(out, c, true);
      }
    }
    return out;
  }

  /**
   * The range ended before the subtree of {@code c} and the commas right before it, and the
   * conjunctions there too when {@code conjunctions} ("…, and, in a careful phrasing, said").
   */
  private TokenRange endBefore(TokenRange range, int c, boolean conjunctions) {
    int end = tree.subtree(c).begin();
    while (end > range.begin() && (tree.token(end - 1).word().equals(",")
        || conjunctions && tree.token(end - 1).relation().equals("cc"))) {
      end--;
    }
    return range.withEnd(Math.min(range.end(), end));
  }
}
