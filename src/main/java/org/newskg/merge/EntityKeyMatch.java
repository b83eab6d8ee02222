package org.newskg.merge;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two entity keys of different articles may name one entity. Keys are made per article,
 * so one outlet's "obama" is another's "barack-obama", and a misspelt name ("duncan-rait" beside
 * "duncan-raite") gives a key of its own; treating such keys as different would make two
 * reports of one event look like two events with different actors. Two keys match when they are
 * equal, when every word of one is a word of the other, or when, both being long, they differ by
 * one letter.
 */
final class EntityKeyMatch {
  /** Keys shorter than this are not compared letter by letter ("iran", "iraq"). */
  private static final int MIN_TYPO_LENGTH = 8;

  private EntityKeyMatch() {}

  static boolean matches(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    List<String> wa = words(a);
    List<String> wb = words(b);
    List<String> shorter = wa.size() <= wb.size() ? wa : wb;
    Set<String> longer = new HashSet<>(shorter == wa ? wb : wa);
    if (!shorter.isEmpty() && longer.containsAll(shorter)) {
      return true;
    }
    return Math.min(a.length(), b.length()) >= MIN_TYPO_LENGTH && withinOneEdit(a, b);
  }

  /** Whether some key of {@code a} matches some key of {@code b}. */
  static boolean anyMatch(Collection<String> a, Collection<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (matches(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words of a key, the namespace prefix of test keys ("x:") aside. */
  private static List<String> words(String key) {
    String k = key.substring(key.indexOf(':') + 1);
    return Arrays.stream(k.split("-")).filter(w -> !w.isEmpty()).toList();
  }

  /** One insertion, deletion or substitution at most. */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int j = 0;
    while (j < a.length() - i && j < b.length() - i
        && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
      j++;
    }
    return a.length() - i - j <= 1 && b.length() - i - j <= 1;
  }
}
