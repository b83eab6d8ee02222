package org.newskg.merge;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The words of a quote, folded so that outlets' typography does not matter. */
final class QuoteWords {
  private QuoteWords() {}

  /** Lower-case words without accents; curly and straight apostrophes are the same. */
  static Set<String> of(String quote) {
    String folded =
        Normalizer.normalize(quote, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('’', '\'')
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(folded.split("[^\\p{L}\\p{N}']+"))
        .map(w -> w.replaceAll("^'+|'+$", ""))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The words joined by single spaces: two quotes with the same words have the same text. */
  static String normalized(String quote) {
    return String.join(" ", of(quote));
  }

  /**
   * Shared words over the words of the shorter quote: 1 when one quote's words are all in the
   * other (an outlet quoting less, or two quotes run together).
   */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / Math.min(a.size(), b.size());
  }
}
