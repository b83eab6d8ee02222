package org.newskg.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Comparing personal names across spellings. {@link #fold} maps the usual romanisation variants
 * of one name to one form: "Sergei", "Sergey", "Sergej" → "sergei"; "Dmitry", "Dmitri" →
 * "dmitri"; "Zelensky", "Zelenskyy", "Zelenskiy" → "zelenski"; "Khodorkovsky", "Hodorkovsky";
 * "Aleksandr", "Alexandr". Folding alone never merges two people: the caller also needs
 * corroboration (a shared job title, affiliation or link).
 */
final class NameFolding {
  private NameFolding() {}

  static String fold(String word) {
    String w = EntityLinker.fold(word).replaceAll("[^a-z]", "");
    w = w.replace("kh", "h").replace("ph", "f").replace("w", "v").replace("x", "ks");
    w = w.replace("tz", "ts").replace("ck", "k");
    w = w.replaceAll("(?<=[aeiou])j", "i").replaceAll("j$", "i");
    w = w.replace('y', 'i').replaceAll("ie$", "i");
    w = w.replaceAll("(.)\\1+", "$1");
    return w;
  }

  /** The folded words of a name, without initials ("J.") and suffixes (Jr, Sr, II, III). */
  static List<String> foldedWords(String name) {
    List<String> out = new ArrayList<>();
    for (String raw : name.split("[\\s]+")) {
      String plain = EntityLinker.fold(raw).replaceAll("[^a-z]", "");
      if (plain.length() <= 1 || plain.matches("jr|sr|ii|iii|iv")) {
        continue;
      }
      out.add(fold(plain));
    }
    return out;
  }

  /**
   * Whether one name is the other with middle names or initials added: "Mark Jay Heller", "Mark
   * Heller".
   */
  static boolean middleNameVariant(String a, String b) {
    List<String> wa = foldedWords(a);
    List<String> wb = foldedWords(b);
    if (wa.size() < 2 || wb.size() < 2 || wa.size() == wb.size()) {
      return false;
    }
    List<String> longer = wa.size() > wb.size() ? wa : wb;
    List<String> shorter = longer == wa ? wb : wa;
    return longer.get(0).equals(shorter.get(0))
        && longer.get(longer.size() - 1).equals(shorter.get(shorter.size() - 1))
        && longer.containsAll(shorter);
  }

  /**
   * Whether two full names (two words or more each) can be one person: the same surname and the
   * first name once folded (or one first name beginning the other, "Alex" and "Alexander"), middle
   * names and initials aside. "Joe Biden" and "Hunter Biden" cannot; "Joseph R. Biden" and "Joseph
   * Biden" can.
   */
  static boolean compatible(String a, String b) {
    List<String> wa = foldedWords(a);
    List<String> wb = foldedWords(b);
    if (wa.size() < 2 || wb.size() < 2) {
      return true;
    }
    String fa = wa.get(0);
    String fb = wb.get(0);
    return wa.get(wa.size() - 1).equals(wb.get(wb.size() - 1))
        && (fa.startsWith(fb) || fb.startsWith(fa)); // "Alex" and "Alexander"

  }
}
