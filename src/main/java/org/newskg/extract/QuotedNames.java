package org.newskg.extract;

import java.util.Set;
import org.newskg.nlp.Token;

/**
 * A few words in marks, every one capitalised, inside a sentence: the name of a film, a product, a
 * feature or a person's nickname ("Frank “Big Frankie” Dolan", "the “Harbor” sequel", "known as a
 * “Lock Now”"), not words someone said, whatever reporting verb the sentence has. Speech that short
 * opens its sentence or follows the colon or comma that introduces it ("He answered, “Yes.”"), and
 * those are left to the attribution rules.
 */
final class QuotedNames {
  /** Quote marks as CoreNLP tokenizes them, which stand between a quote and the word before it. */
  private static final Set<String> MARKS = Set.of("``", "''", "`", "'", "\"", "“", "”", "‘", "’", "-LRB-", "(");
  /** Tags of the short words a title leaves in lower case inside it ("Pirates of the Caribbean"). */
  private static final Set<String> TITLE_LOWER_TAGS = Set.of("DT", "IN", "CC", "TO");

  private QuotedNames() {}

  /** Whether tokens {@code first} (inclusive) to {@code end} (exclusive) are such a name. */
  static boolean isName(DependencyTree tree, int first, int end) {
    return allCapitalised(tree, first, end) && insideSentence(tree, first);
  }

  private static boolean allCapitalised(DependencyTree tree, int first, int end) {
    boolean any = false;
    for (int t = first; t < end; t++) {
      Token token = tree.token(t);
      String w = token.word();
      if (!Character.isLetter(w.charAt(0))) {
        continue;
      }
      boolean lowerInside = any && t < end - 1 && TITLE_LOWER_TAGS.contains(token.pos());
      if (!Character.isUpperCase(w.charAt(0)) && !lowerInside) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Whether a word of the quote's sentence other than a colon or comma stands before the quote. */
  private static boolean insideSentence(DependencyTree tree, int first) {
    int sentence = tree.token(first).sentence();
    int t = first - 1;
    while (t >= 0 && tree.token(t).sentence() == sentence && MARKS.contains(tree.token(t).word())) {
      t--;
    }
    if (t < 0 || tree.token(t).sentence() != sentence) {
      return false;
    }
    String w = tree.token(t).word();
    return !w.equals(",") && !w.equals(":");
  }
}
