package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * Surnames NER leaves untagged because they are also common words ("Jane Cook … pursued Cook", "the
 * Cook video"): a
 * capitalised word with no name type is a mention of the one person of the article whose name of
 * two words or more ends with it. The word must stand alone (no capitalised word next to it but a
 * title such as "Ms.") so that it is not part of another name ("Cook County"), and at the start of
 * a sentence, where every word is capitalised, it must be followed by a verb or a possessive.
 * {@link NameJoins} then joins it to the full name.
 */
final class UntaggedSurnames {
  private static final String PERSON = "PERSON";

  private UntaggedSurnames() {}

  /** The mentions kept plus the untagged surnames found. */
  static List<NamedMentionFilter.Named> add(
      Analysis analysis, List<Zone> zones, List<NamedMentionFilter.Named> kept) {
    Map<String, NamedMentionFilter.Named> personOfSurname = surnames(kept);
    if (personOfSurname.isEmpty()) {
      return kept;
    }
    List<Token> tokens = analysis.tokens();
    boolean[] covered = new boolean[tokens.size()];
    for (NamedEntity ne : analysis.entities()) {
      if (!ne.type().equals("MISC")) { // "the Frost video" may come out as a MISC phrase
        Arrays.fill(covered, ne.firstToken(), ne.endToken(), true);
      }
    }
    for (NamedMentionFilter.Named n : kept) {
      Arrays.fill(covered, n.entity().firstToken(), n.entity().endToken(), true);
    }
    List<NamedMentionFilter.Named> out = new ArrayList<>(kept);
    for (Token t : tokens) {
      NamedMentionFilter.Named person = personOfSurname.get(t.word());
      if (person == null || covered[t.index()] || !standsAlone(tokens, t)) {
        continue;
      }
      NamedEntity ne = new NamedEntity(t.index(), t.index() + 1, t.begin(), t.end(), t.word(), PERSON, "");
      if (!NamedMentionFilter.inExcludedZone(ne, zones)) {
        out.add(new NamedMentionFilter.Named(ne, EntityType.PERSON, PlaceKind.NONE, t.word()));
      }
    }
    return out;
  }

  /** Surnames of the named persons, each to its person; a surname two persons share is left out. */
  private static Map<String, NamedMentionFilter.Named> surnames(List<NamedMentionFilter.Named> kept) {
    Map<String, NamedMentionFilter.Named> bySurname = new HashMap<>();
    Map<String, Boolean> shared = new HashMap<>();
    for (NamedMentionFilter.Named n : kept) {
      String[] words = Names.personWords(n.display());
      if (n.type() != EntityType.PERSON || words.length < 2 || !Character.isUpperCase(words[words.length - 1].charAt(0))) {
        continue;
      }
      String surname = words[words.length - 1];
      NamedMentionFilter.Named before = bySurname.putIfAbsent(surname, n);
      if (before != null && !before.display().split(" ")[0].equals(words[0])) {
        shared.put(surname, true); // "Jane Cook" and "Tom Cook"
      }
    }
    shared.keySet().forEach(bySurname::remove);
    return bySurname;
  }

  private static boolean standsAlone(List<Token> tokens, Token t) {
    int i = t.index();
    Token before = i > 0 ? tokens.get(i - 1) : null;
    Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    boolean sentenceStart = before == null || before.sentence() != t.sentence() || isOpening(before);
    if (sentenceStart) {
      return after != null && after.sentence() == t.sentence()
          && (after.pos().startsWith("VB") || after.pos().equals("MD") || after.pos().equals("POS"));
    }
    boolean capitalBefore = isCapitalised(before) && !before.word().endsWith(".");
    boolean capitalAfter = after != null && after.sentence() == t.sentence() && isCapitalised(after);
    return !capitalBefore && !capitalAfter;
  }

  private static boolean isOpening(Token t) {
    return t.pos().equals("``") || t.word().equals(":") || t.word().equals("-LRB-") || t.word().equals("(");
  }

  private static boolean isCapitalised(Token t) {
    return Character.isUpperCase(t.word().charAt(0));
  }
}
