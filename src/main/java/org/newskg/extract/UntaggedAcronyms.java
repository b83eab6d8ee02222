package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * Acronyms NER leaves untagged: a word in capitals (or dotted initials) that NER gave no name type
 * is a name of the one organization or place of the article whose name of two words or more it
 * abbreviates, "WHO" after "World Health Organisation (WHO)" (the tagger takes "WHO" for the
 * pronoun). It takes that name's type and NER type; {@link NameJoins} then joins it to its
 * expansion. In a line without lower-case letters (a headline in capitals) a word in capitals is
 * no evidence of an acronym, so those lines are left alone.
 */
final class UntaggedAcronyms {
  private UntaggedAcronyms() {}

  /** The mentions kept plus the acronyms found. */
  static List<NamedMentionFilter.Named> add(
      Analysis analysis, List<Zone> zones, List<NamedMentionFilter.Named> kept) {
    boolean[] named = new boolean[analysis.tokens().size()];
    for (NamedEntity ne : analysis.entities()) {
      for (int t = ne.firstToken(); t < ne.endToken(); t++) {
        named[t] = true;
      }
    }
    List<NamedMentionFilter.Named> out = new ArrayList<>(kept);
    for (Token t : analysis.tokens()) {
      String acronym = EntityNames.undotted(t.word());
      if (named[t.index()] || !acronym.matches("\\p{Lu}{2,6}") || inCapitalsLine(analysis, t)) {
        continue;
      }
      NamedMentionFilter.Named expansion = onlyExpansion(acronym, kept);
      if (expansion == null) {
        continue;
      }
      NamedEntity ne =
          new NamedEntity(
              t.index(), t.index() + 1, t.begin(), t.end(), t.word(), expansion.entity().type(), "");
      if (NamedMentionFilter.inExcludedZone(ne, zones)) {
        continue;
      }
      out.add(new NamedMentionFilter.Named(ne, expansion.type(), expansion.placeKind(), acronym));
    }
    return out;
  }

  /** The one name, of an organization or place, whose initials the acronym is. */
  private static NamedMentionFilter.Named onlyExpansion(
      String acronym, List<NamedMentionFilter.Named> kept) {
    Set<String> keys = new HashSet<>();
    NamedMentionFilter.Named one = null;
    for (NamedMentionFilter.Named n : kept) {
      if (n.type() != EntityType.PERSON
          && !n.standIn()
          && NameJoins.initials(n.display()).contains(acronym)
          && keys.add(n.key())) {
        one = n;
      }
    }
    return keys.size() == 1 ? one : null;
  }

  private static boolean inCapitalsLine(Analysis analysis, Token t) {
    String text = analysis.text();
    int start = text.lastIndexOf('\n', t.begin()) + 1;
    int end = text.indexOf('\n', t.end());
    String line = text.substring(start, end < 0 ? text.length() : end);
    return line.chars().noneMatch(Character::isLowerCase);
  }
}
