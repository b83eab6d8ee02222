package org.newskg.merge;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of a quote, folded so that outlets' typography does not matter. */
final class QuoteWords {
  private QuoteWords() {}

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are",
          "was", "were", "be", "it", "its", "that", "this", "with", "as", "by", "from");

  /** Lower-case words without accents, in order; curly and straight apostrophes are the same. */
  static List<String> sequence(String quote) {
    String folded =
        Normalizer.normalize(quote, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('’', '\'')
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(folded.split("[^\\p{L}\\p{N}']+"))
        .map(w -> w.replaceAll("^'+|'+$", ""))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /** The distinct words of a quote. */
  static Set<String> of(String quote) {
    return new LinkedHashSet<>(sequence(quote));
  }

  /** Words that carry content: not articles, prepositions, auxiliaries. */
  static long contentWords(List<String> words) {
    return words.stream().filter(w -> !FUNCTION_WORDS.contains(w)).count();
  }

  /** Whether {@code phrase} occurs in {@code words} as a run of consecutive words. */
  static boolean containsPhrase(List<String> words, List<String> phrase) {
    return !phrase.isEmpty() && Collections.indexOfSubList(words, phrase) >= 0;
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
