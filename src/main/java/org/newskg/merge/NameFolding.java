package org.newskg.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Comparing personal names across spellings. {@link #fold} maps the usual romanisation variants
 * of one name to one form: "Alexei", "Alexey", "Aleksej" → "alexei"; "Yury", "Yuri" →
 * "yuri"; "Zelensky", "Zelenskyy", "Zelenskiy" → "zelenski"; "Khodorkovsky", "Hodorkovsky";
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
   * How two full names are spellings of one name, if they are: the same once folded
   * ("spellings"), one with a middle name more ("a shorter and a longer form"), or a surname of
   * four letters or more one edit apart, same first name ("spellings", "Duncan Rait", "Duncan
   * Raite").
   */
  static java.util.Optional<String> variant(String a, String b) {
    List<String> wa = foldedWords(a);
    List<String> wb = foldedWords(b);
    if (wa.size() < 2 || wb.size() < 2 || !wa.get(0).equals(wb.get(0))) {
      return java.util.Optional.empty();
    }
    if (wa.equals(wb)) {
      return java.util.Optional.of("spellings");
    }
    if (middleNameVariant(a, b)) {
      return java.util.Optional.of("a shorter and a longer form");
    }
    String la = wa.get(wa.size() - 1);
    String lb = wb.get(wb.size() - 1);
    if (wa.size() == wb.size()
        && wa.subList(0, wa.size() - 1).equals(wb.subList(0, wb.size() - 1))
        && Math.min(la.length(), lb.length()) >= 4
        && oneEditApart(la, lb)) {
      return java.util.Optional.of("spellings");
    }
    return java.util.Optional.empty();
  }

  /** One insertion, deletion, substitution or swap of neighbours turns one into the other. */
  static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < a.length()
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
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
   * names and initials aside, or one the other ends with. "Jane Roe" and "John Roe" cannot; "Jane
   * M. Roe", "Jane Roe" and "M. Jane Roe" can.
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
            && (fa.startsWith(fb) || fb.startsWith(fa)) // "Alex" and "Alexander"
        || endsWith(wa, wb)
        || endsWith(wb, wa);
  }

  /**
   * Whether a longer name ends with every word of a shorter one: the shorter is that name without
   * its first words ("Van Dam" of "Pieter Van Dam", "Ana Ruiz" of "Maria Ana Ruiz"), not
   * another person's full name.
   */
  static boolean endsWith(List<String> longer, List<String> shorter) {
    return longer.size() > shorter.size()
        && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
  }
}
