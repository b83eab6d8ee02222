package org.newskg.extract;

import java.util.regex.Pattern;

/**
 * "The 29-year-old", as news refers back to a person it has named: the tokenizer gives it as one
 * token ("29-year-old") or as "29 - year - old", and the parser heads it on "old", an adjective.
 */
final class AgeNominals {
  private static final Pattern ONE_TOKEN = Pattern.compile("\\d+-years?-old", Pattern.CASE_INSENSITIVE);

  private AgeNominals() {}

  /** Whether the token heads "the N-year-old" used as a noun. */
  static boolean isAgeNominal(DependencyTree tree, int t) {
    String word = tree.token(t).word();
    boolean the = tree.child(t, "det").filter(d -> tree.token(d).lemma().equalsIgnoreCase("the")).isPresent();
    if (!the) {
      return false;
    }
    if (ONE_TOKEN.matcher(word).matches()) {
      return true;
    }
    return word.equalsIgnoreCase("old")
        && t >= 4
        && tree.token(t - 1).word().equals("-")
        && tree.token(t - 2).lemma().equalsIgnoreCase("year")
        && tree.token(t - 3).word().equals("-")
        && tree.token(t - 4).pos().equals("CD");
  }

  /** "the 29-year-old": from the determiner to the head. */
  static Span phrase(DependencyTree tree, int old) {
    int det = tree.child(old, "det").orElse(old);
    return new Span(tree.token(det).begin(), tree.token(old).end());
  }
}
