package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joins the name clusters of one article that name one entity in different words. Each join needs
 * a single candidate in the article; with two ("Jane Roe" and "John Roe" for "Roe") the
 * short name stays on its own.
 *
 * <ul>
 *   <li>an acronym and its expansion: "UN" / "United Nations", "DHS" / "Department of Homeland
 *       Security";
 *   <li>a name written with the acronym and with the expansion: "UN Security Council" / "United
 *       Nations Security Council";
 *   <li>an organization's shorter name that ends its longer one: "Security Council" / "UN
 *       Security Council" (two words or more, or the longer one only adds a place or an acronym),
 *       or a longer one that only adds a company designator: "Google" / "Google Inc.";
 *   <li>a person's name with and without a middle name or initial: "Ana Ruiz" / "Ana Maria Ruiz";
 *   <li>a person's surname, or first name, and their full name: "Roe" / "Jane Roe".
 * </ul>
 */
final class NameJoins {
  static final Set<String> FUNCTION_WORDS =
      Set.of("of", "the", "and", "for", "on", "in", "at", "to", "&", "de", "du", "des", "la", "le");
  private static final Set<String> DESIGNATORS =
      Set.of(
          "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag", "sa", "gmbh",
          "group", "holdings", "lp", "llp");

  private final List<MentionCluster> clusters;
  private final int[] parent;

  private NameJoins(List<MentionCluster> clusters) {
    this.clusters = clusters;
    this.parent = new int[clusters.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
  }

  /** The clusters after joining, each join absorbed into the cluster with the fuller name. */
  static List<MentionCluster> join(List<MentionCluster> clusters) {
    NameJoins j = new NameJoins(new ArrayList<>(clusters));
    Map<String, String> expansions = j.acronyms();
    j.expandedNames(expansions);
    j.shortOrganizationNames();
    j.namesWithAMiddleName();
    j.shortPersonNames();
    return j.result();
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int shorter, int fuller) {
    int a = find(shorter);
    int b = find(fuller);
    if (a != b) {
      parent[a] = b;
    }
  }

  private String name(int i) {
    return clusters.get(i).canonicalName();
  }

  private EntityType type(int i) {
    return clusters.get(i).type();
  }

  private static String[] words(String name) {
    return name.split(" ");
  }

  /** Acronym clusters joined to their one expansion; returns acronym → expansion. */
  private Map<String, String> acronyms() {
    Map<String, String> expansions = new LinkedHashMap<>();
    for (int a = 0; a < clusters.size(); a++) {
      String acronym = name(a);
      if (!acronym.matches("\\p{Lu}{2,6}") || type(a) == EntityType.PERSON) {
        continue;
      }
      int candidate = -1;
      int count = 0;
      for (int b = 0; b < clusters.size(); b++) {
        if (b != a && type(b) != EntityType.PERSON && initials(name(b)).contains(acronym)) {
          candidate = b;
          count++;
        }
      }
      if (count == 1) {
        union(a, candidate);
        expansions.put(acronym, name(candidate));
      }
    }
    return expansions;
  }

  /**
   * Initials of a name's words, without and with its function words ("DHS", "DOHS"), and of its
   * words written with a capital, function words too ("For Inspiration and Recognition of Science
   * and Technology" is FIRST).
   */
  static Set<String> initials(String name) {
    StringBuilder content = new StringBuilder();
    StringBuilder all = new StringBuilder();
    StringBuilder capitalised = new StringBuilder();
    String[] ws = words(name);
    if (ws.length < 2) {
      return Set.of();
    }
    for (String w : ws) {
      for (String part : w.split("-")) {
        if (part.isEmpty() || !Character.isLetter(part.charAt(0))) {
          continue;
        }
        char c = Character.toUpperCase(part.charAt(0));
        all.append(c);
        if (Character.isUpperCase(part.charAt(0))) {
          capitalised.append(c);
        }
        if (!FUNCTION_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
          content.append(c);
        }
      }
    }
    return Set.copyOf(List.of(content.toString(), all.toString(), capitalised.toString()));
  }

  /** "UN Security Council" joins "United Nations Security Council" once UN is United Nations. */
  private void expandedNames(Map<String, String> expansions) {
    if (expansions.isEmpty()) {
      return;
    }
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      byKey.putIfAbsent(EntityNames.key(name(i)), i);
    }
    for (int i = 0; i < clusters.size(); i++) {
      String[] ws = words(name(i));
      if (ws.length < 2) {
        continue;
      }
      boolean changed = false;
      for (int w = 0; w < ws.length; w++) {
        String expansion = expansions.get(ws[w]);
        if (expansion != null) {
          ws[w] = expansion;
          changed = true;
        }
      }
      Integer other = changed ? byKey.get(EntityNames.key(String.join(" ", ws))) : null;
      if (other != null && other != i) {
        union(i, other);
      }
    }
  }

  private void shortOrganizationNames() {
    Gazetteer g = Gazetteer.get();
    for (int s = 0; s < clusters.size(); s++) {
      if (type(s) != EntityType.ORGANIZATION) {
        continue;
      }
      String[] shortWords = words(name(s));
      int candidate = -1;
      int count = 0;
      for (int l = 0; l < clusters.size(); l++) {
        if (l == s || type(l) != EntityType.ORGANIZATION || find(l) == find(s)) {
          continue;
        }
        String[] longWords = words(name(l));
        if (longWords.length <= shortWords.length) {
          continue;
        }
        boolean joins = false;
        if (endsWith(longWords, shortWords)) {
          String[] extra = Arrays.copyOf(longWords, longWords.length - shortWords.length);
          String rest = String.join(" ", extra);
          joins =
              shortWords.length >= 2
                  || rest.matches("\\p{Lu}{2,6}")
                  || g.country(rest).isPresent()
                  || g.countryOfDemonym(rest).isPresent()
                  || g.state(rest).isPresent();
        } else if (startsWith(longWords, shortWords)) {
          joins =
              Arrays.stream(longWords, shortWords.length, longWords.length)
                  .allMatch(
                      w -> DESIGNATORS.contains(w.replaceAll("[.,]", "").toLowerCase(Locale.ROOT)));
        }
        if (joins && (candidate < 0 || find(candidate) != find(l))) {
          candidate = l;
          count++;
        }
      }
      if (count == 1) {
        union(s, candidate);
      }
    }
  }

  /**
   * A person's name of two words or more joins the one longer name that begins and ends as it does
   * and holds its words in order ("Ana Ruiz", "Ana Maria Ruiz", "Ana M. Ruiz"). Done before
   * surnames, so that "Ruiz" then finds one person, not two.
   */
  private void namesWithAMiddleName() {
    for (int s = 0; s < clusters.size(); s++) {
      String[] shortWords = Names.personWords(name(s));
      if (type(s) != EntityType.PERSON || shortWords.length < 2) {
        continue;
      }
      List<Integer> fuller = new ArrayList<>();
      for (int l = 0; l < clusters.size(); l++) {
        String[] longWords = Names.personWords(name(l));
        if (l != s
            && type(l) == EntityType.PERSON
            && longWords.length > shortWords.length
            && startsWith(longWords, new String[] {shortWords[0]})
            && endsWith(longWords, new String[] {shortWords[shortWords.length - 1]})
            && inOrder(shortWords, longWords)) {
          addRoot(fuller, l);
        }
      }
      if (fuller.size() == 1) {
        union(s, fuller.get(0));
      }
    }
  }

  /** Whether every word of {@code part} stands in {@code whole}, in the same order. */
  private static boolean inOrder(String[] part, String[] whole) {
    int i = 0;
    for (String w : whole) {
      if (i < part.length && w.equalsIgnoreCase(part[i])) {
        i++;
      }
    }
    return i == part.length;
  }

  /**
   * A person's one-word or shorter name joins the one full name it ends ("Roe"), or, when it is
   * one word that ends no full name, the one full name it begins ("Gloria").
   */
  private void shortPersonNames() {
    for (int s = 0; s < clusters.size(); s++) {
      if (type(s) != EntityType.PERSON) {
        continue;
      }
      String[] shortWords = Names.personWords(name(s));
      List<Integer> ending = new ArrayList<>();
      List<Integer> beginning = new ArrayList<>();
      for (int l = 0; l < clusters.size(); l++) {
        if (l == s || type(l) != EntityType.PERSON) {
          continue;
        }
        String[] longWords = Names.personWords(name(l));
        if (longWords.length <= shortWords.length) {
          continue;
        }
        if (endsWith(longWords, shortWords)) {
          addRoot(ending, l);
        } else if (shortWords.length == 1 && longWords[0].equals(shortWords[0])) {
          addRoot(beginning, l);
        }
      }
      if (ending.size() == 1) {
        union(s, ending.get(0));
      } else if (ending.isEmpty() && beginning.size() == 1) {
        union(s, beginning.get(0));
      } else if (ending.isEmpty() && beginning.isEmpty() && shortWords.length == 1) {
        int lone = s;
        misspelledSurnameOf(lone).ifPresent(l -> union(lone, l));
      }
    }
  }

  /**
   * A lone surname that no full name ends with, but that one full name's surname differs from by
   * a slip of the keyboard ("Ms Bauchman said" after "Lydia Baughman"): one or two edits in a
   * long name, the same first letter, and no other candidate.
   */
  private Optional<Integer> misspelledSurnameOf(int s) {
    String surname = name(s).toLowerCase(Locale.ROOT);
    List<Integer> near = new ArrayList<>();
    for (int l = 0; l < clusters.size(); l++) {
      String[] longWords = words(name(l));
      if (l == s || type(l) != EntityType.PERSON || longWords.length < 2) {
        continue;
      }
      String other = longWords[longWords.length - 1].toLowerCase(Locale.ROOT);
      int distance = EditDistance.of(surname, other);
      int allowed = Math.min(surname.length(), other.length()) >= 7 ? 2 : surname.length() >= 5 ? 1 : 0;
      if (distance > 0 && distance <= allowed && surname.charAt(0) == other.charAt(0)) {
        addRoot(near, l);
      }
    }
    return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
  }

  private void addRoot(List<Integer> roots, int cluster) {
    int r = find(cluster);
    if (roots.stream().noneMatch(x -> find(x) == r)) {
      roots.add(cluster);
    }
  }

  private static boolean endsWith(String[] longer, String[] suffix) {
    for (int i = 1; i <= suffix.length; i++) {
      if (!longer[longer.length - i].equalsIgnoreCase(suffix[suffix.length - i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(String[] longer, String[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (!longer[i].equalsIgnoreCase(prefix[i])) {
        return false;
      }
    }
    return true;
  }

  private List<MentionCluster> result() {
    Map<Integer, MentionCluster> roots = new LinkedHashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      roots.putIfAbsent(find(i), clusters.get(find(i)));
    }
    for (int i = 0; i < clusters.size(); i++) {
      int r = find(i);
      if (r != i) {
        roots.get(r).absorb(clusters.get(i));
      }
    }
    return new ArrayList<>(roots.values());
  }
}
