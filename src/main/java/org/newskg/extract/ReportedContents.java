package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The token range a reporting verb reports: its complement clause, the clause an "as" clause
 * modifies, the words around its object, the predicate of a relative clause it stands in, or
 * words beside it that the parse did not hang on it.
 */
final class ReportedContents {
  /** The predicate after the verb; an xcomp only with its copula ("said were less strict"). */
  private static final Set<String> RELATIVE_CONTENT = Set.of("ccomp", "dep", "xcomp");

  private final DependencyTree tree;
  private final ReportedClauseEnds ends;
  private final ObjectContents objects;
  private final ContentsBesideVerb beside;

  ReportedContents(DependencyTree tree, CueSpeakers cues, boolean[] quoted) {
    this.tree = tree;
    this.ends = new ReportedClauseEnds(tree, quoted);
    this.objects = new ObjectContents(tree);
    this.beside = new ContentsBesideVerb(tree, cues, quoted);
  }

  /** The token range of what the verb reports, if it reports something. */
  Optional<TokenRange> of(int v, Sentence sentence) {
    Token verb = tree.token(v);
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    Optional<Integer> clause = tree.child(v, "ccomp");
    if (clause.isPresent()) {
      // "shot back that …" reports; "continued to …" does not.
      boolean quoteOnly = CueLexicon.QUOTE_ONLY_VERBS.contains(lemma);
      return quoteOnly && !ClauseWords.hasThat(tree, clause.get())
          ? Optional.empty()
          : Optional.of(ends.of(v, clause.get(), clauseRange(v, clause.get())));
    }
    if (CueLexicon.QUOTE_ONLY_VERBS.contains(lemma)) {
      return Optional.empty();
    }
    Optional<TokenRange> asSaid = asClause(v);
    if (asSaid.isPresent()) {
      return asSaid;
    }
    Optional<Integer> object = tree.child(v, "obj");
    if (object.isPresent()) {
      Optional<TokenRange> withObject = objects.of(v, lemma, object.get());
      if (withObject.isPresent()) {
        return withObject;
      }
    }
    Optional<TokenRange> relative = relativeClauseReport(v);
    if (relative.isPresent()) {
      return relative;
    }
    return beside.of(v, sentence);
  }

  /**
   * The words of the verb's clause. A long sentence is sometimes parsed with the attribution as
   * the subject of the reported clause's last predicate ("X said that the ship sunk by Y was
   * actually a trawler": "said" as clausal subject of "trawler"); the clause then runs on to the
   * end of that predicate's subtree.
   */
  private TokenRange clauseRange(int v, int clause) {
    TokenRange range = tree.subtree(clause);
    Token verb = tree.token(v);
    if (verb.relation().equals("csubj") && verb.head() > v && tree.child(v, "nsubj").isPresent()) {
      int end = tree.beforePunctuation(range.end(), tree.subtree(verb.head()).end());
      return range.withEnd(Math.max(range.end(), end));
    }
    return range;
  }

  /**
   * "the changes, which the minister said were not as extensive as planned": a report inside a
   * relative clause reports the predicate after the verb; the relative pronoun stands for what it
   * is said of.
   */
  private Optional<TokenRange> relativeClauseReport(int v) {
    if (!tree.token(v).relation().equals("acl:relcl")) {
      return Optional.empty();
    }
    // "which X said were …", not "who pleaded guilty …": the pronoun is not who speaks
    boolean relativePronoun = tree.children(v).stream()
        .anyMatch(c -> c < v && tree.token(c).pos().startsWith("W") && !tree.token(c).relation().startsWith("nsubj"));
    if (!relativePronoun) {
      return Optional.empty();
    }
    return tree.children(v).stream()
        .filter(c -> c > v && RELATIVE_CONTENT.contains(tree.token(c).relation()))
        .filter(c -> !tree.token(c).relation().equals("xcomp") || tree.child(c, "cop").isPresent())
        .findFirst()
        .map(tree::subtree)
        .filter(r -> r.begin() > v && r.size() >= 2);
  }

  /**
   * "As Jane Roe told reporters, the talks had stalled": a reporting clause opened by "as" reports
   * the clause it modifies, less itself.
   */
  private Optional<TokenRange> asClause(int v) {
    Token verb = tree.token(v);
    boolean opensWithAs =
        tree.children(v).stream()
            .anyMatch(m -> m < v && tree.token(m).relation().equals("mark")
                && tree.token(m).lemma().equalsIgnoreCase("as"));
    if (!verb.relation().equals("advcl") || !opensWithAs || verb.head() < 0) {
      return Optional.empty();
    }
    TokenRange own = tree.subtree(v);
    TokenRange clause = tree.subtree(verb.head());
    int start = clause.begin();
    int end = clause.end();
    if (own.begin() <= start) {
      start = own.end();
      while (start < end && tree.token(start).relation().equals("punct")) {
        start++;
      }
    } else {
      end = tree.beforePunctuation(start, own.begin());
    }
    end = tree.beforePunctuation(start, end);
    return TokenRange.ofAtLeast(start, end, 3);
  }
}
