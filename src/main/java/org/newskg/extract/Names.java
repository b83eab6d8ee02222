package org.newskg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Normal forms of names: the keys that identify entities across articles. */
public final class Names {
  private Names() {}

  /**
   * Lower case, accents removed, every run of other characters one hyphen: "Lloyd-Jones" and
   * "Lloyd Jones" share a key, as do "U.S." and "US".
   */
  /**
   * The words of a person's name without a generational suffix at its end ("Jr.", "Sr", "II",
   * "III", "IV"), so that "Roe" is the surname of "John Roe Jr." as of "John Roe".
   */
  static String[] personWords(String name) {
    String[] words = name.split(" ");
    int n = words.length;
    if (n > 2 && words[n - 1].replace(".", "").matches("(?i)jr|sr|ii|iii|iv")) {
      return java.util.Arrays.copyOf(words, n - 1);
    }
    return words;
  }

  public static String key(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    // Dots inside abbreviations join letters: "u.s." -> "us", "u.n." -> "un".
    folded = folded.replaceAll("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)|(?<=\\b\\p{L}\\.\\p{L})\\.", "");
    return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /** The name without a leading article or a trailing possessive: "the Kremlin's" -> "Kremlin". */
  public static String bare(String surface) {
    String s = surface.strip();
    s = s.replaceFirst("(?i)^the\\s+", "");
    s = s.replaceFirst("\\s*['’]s?$", "");
    return s.strip();
  }
}
