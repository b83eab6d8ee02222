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
