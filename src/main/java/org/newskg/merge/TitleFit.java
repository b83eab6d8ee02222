package org.newskg.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.EntityType;

/**
 * How an entity's names compare with a Wikipedia title, once the title's qualifier ("_(footballer)")
 * is set aside: whether the names fit it well enough to link, and whether a name is a short form of
 * it (its words among the title's, or its letters the title's consecutive words or initials:
 * "Rathbun", "D.C." and "DC" of "Washington,_D.C.").
 */
final class TitleFit {
  private TitleFit() {}

  /**
   * Whether a title may be the entity's: never a list or a disambiguation page, nor a common-noun
   * topic that a name spells with capitals ("Medical Journal" is not "Medical_journal"); a person
   * needs a full name (two words or more) whose first and last words the title contains; other
   * entities need a word of three letters or more in common with the title, or to be its acronym or
   * some of its words run together ("DC" of "Washington,_D.C.").
   */
  static boolean fits(EntityType type, String canonical, Set<String> names, String title) {
    if (title.startsWith("List_of") || title.contains("(disambiguation)")) {
      return false;
    }
    String head = head(title);
    for (String name : names) {
      if (namesACommonNounTopic(name, head)) {
        return false;
      }
    }
    List<String> titleWords = words(head);
    if (type == EntityType.PERSON) {
      List<String> raw = words(canonical);
      return raw.size() >= 2 && within(List.of(raw.get(0), raw.get(raw.size() - 1)), titleWords);
    }
    String initials = initials(head);
    for (String name : names) {
      for (String w : words(name)) {
        if (w.length() >= 3 && titleWords.contains(w)) {
          return true;
        }
      }
      String compact = compact(name);
      if (compact.length() >= 2
          && (compact.equals(initials) || runsTogether(compact, titleWords))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name is a short form of the title: shorter than the title (its qualifier aside),
   * and every word of it one of the title's, or its letters the title's initials or some
   * consecutive words of the title run together. A name as long as the title is no short form:
   * when the dictionary sends it elsewhere it is the same name for something else ("Philadelphia"
   * beside "Philadelphia_(film)"). A short
   * name that the dictionary sends elsewhere ("Rathbun" alone is another Rathbun) says nothing
   * against the title its entity's full name has.
   */
  static boolean isShortFormOf(String name, String title) {
    String head = head(title);
    List<String> nameWords = words(name);
    List<String> titleWords = words(head);
    if (nameWords.isEmpty()) {
      return false;
    }
    if (nameWords.size() < titleWords.size() && within(nameWords, titleWords)) {
      return true;
    }
    String compact = compact(name);
    return compact.length() >= 2
        && nameWords.size() < titleWords.size()
        && (compact.equals(initials(head)) || runsTogether(compact, titleWords));
  }

  /**
   * Whether a name has just the words of the title, its qualifier aside, whatever their capitals
   * ("PORT AU PRINCE" and "Port-au-Prince").
   */
  static boolean spellsTitle(String name, String title) {
    List<String> nameWords = words(name);
    return !nameWords.isEmpty() && nameWords.equals(words(head(title)));
  }

  /** Whether every word is one of the title's, a repeated word as often ("Ali Ali"). */
  private static boolean within(List<String> words, List<String> titleWords) {
    List<String> left = new ArrayList<>(titleWords);
    for (String w : words) {
      if (!left.remove(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether some consecutive title words run together spell {@code compact} ("D.C." → "dc"). */
  private static boolean runsTogether(String compact, List<String> titleWords) {
    for (int i = 0; i < titleWords.size(); i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < titleWords.size() && run.length() < compact.length(); j++) {
        run.append(titleWords.get(j));
      }
      if (run.toString().equals(compact)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title word of four letters or more written in lower case that the name writes with a
   * capital: Wikipedia writes the words of a topic ("Medical_journal", "Supreme_court") in lower
   * case and those of a name ("Medical_Journal_of_Australia") with capitals.
   */
  private static boolean namesACommonNounTopic(String name, String titleHead) {
    List<String> capitalized = new ArrayList<>();
    for (String w : name.split("[\\s_-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        capitalized.add(EntityLinker.fold(w));
      }
    }
    for (String w : titleHead.split("\\s+")) {
      if (w.length() >= 4
          && Character.isLowerCase(w.charAt(0))
          && capitalized.contains(EntityLinker.fold(w))) {
        return true;
      }
    }
    return false;
  }

  /** The title without its parenthesised qualifier, underscores as spaces. */
  private static String head(String title) {
    return title.replaceAll("_\\(.*\\)$", "").replace('_', ' ');
  }

  private static String initials(String head) {
    StringBuilder out = new StringBuilder();
    for (String w : head.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        out.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    return out.toString();
  }

  private static String compact(String name) {
    return EntityLinker.fold(name).replaceAll("[^a-z0-9]", "");
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : EntityLinker.fold(s).split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
