package org.newskg.extract;

import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * "“…,” said Acme Security senior threat researcher Jane Roe.", "“…,” said the 29-year-old.": an
 * inverted attribution whose speaker the parse does not hang on the verb, having read a title word
 * as a verb ("advanced", "head") or the age as an adjective. The speaker is the last person's
 * name in the words after the verb, up to a comma, a preposition or the sentence's end (a name
 * followed by "'s" is an owner, not the speaker), or "the N-year-old" right after the verb. Such a
 * name comes before what the parse hangs on the verb: that is often the organization opening the
 * title ("said Norvale …"), which would take the words from the person.
 */
final class InvertedNames {
  /** How many words after the verb the name may stand ("Kestrel Labs senior threat researcher"). */
  private static final int MAX_WORDS = 10;

  private final DependencyTree tree;
  private final boolean[] quoted;

  InvertedNames(DependencyTree tree, boolean[] quoted) {
    this.tree = tree;
    this.quoted = quoted;
  }

  /** The attribution right after the quote whose marks span {@code outer}, if it is such a one. */
  Optional<CueFinder.Cue> after(Span outer) {
    int size = tree.analysis().tokens().size();
    int v = tree.tokenAt(outer.end());
    while (v < size && tree.token(v).word().equals(",")) {
      v++;
    }
    if (v >= size || quoted[v] || !CueFinder.isQuotingVerb(tree.token(v))) {
      return Optional.empty();
    }
    if (tree.analysis().text().substring(outer.end(), tree.token(v).begin()).indexOf('\n') >= 0) {
      return Optional.empty(); // the verb must follow the quote on its line
    }
    int sentence = tree.token(v).sentence();
    // "said the 29-year-old": one token, or "29 - year - old"
    for (int old : new int[] {v + 2, v + 6}) {
      if (old < size && AgeNominals.isAgeNominal(tree, old)) {
        return Optional.of(CueFinder.Cue.of(tree, v, old));
      }
    }
    // The last name before the phrase ends: English heads its noun phrase last, and NER may tag a
    // place opening the title as a person ("said Riverton Public Safety Director Jon Doe").
    int name = -1;
    for (int t = v + 1; t < size && t <= v + MAX_WORDS && tree.token(t).sentence() == sentence; t++) {
      Token w = tree.token(t);
      if (quoted[t] || STOPS.contains(w.pos())) {
        break; // "said a lawyer for Jane Roe": a name after a preposition is not who spoke
      }
      if (w.ner().equals("PERSON") && !(t + 1 < size && tree.token(t + 1).ner().equals("PERSON"))) {
        name = t;
      }
    }
    boolean owner = name >= 0 && name + 1 < size && tree.token(name + 1).pos().equals("POS");
    return name < 0 || owner ? Optional.empty() : Optional.of(CueFinder.Cue.of(tree, v, name));
  }

  /** Tags that end the speaker's phrase: punctuation, prepositions, relative words. */
  private static final Set<String> STOPS = Set.of(",", ".", ":", "IN", "TO", "WP", "WDT", "CC");
}
