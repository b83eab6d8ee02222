package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * The groups of a sports tournament ("Group G", "Group B"), which NER leaves untagged: the word
 * "Group" followed by one capital letter names the set of teams drawn together, an organization.
 * A letter followed by a lower-case word not of the name ("Group A streptococcus") is left alone,
 * as are tokens a kept mention already covers.
 */
final class TournamentGroups {
  private static final String ORGANIZATION = "ORGANIZATION";

  private TournamentGroups() {}

  /** The mentions kept plus the tournament groups found where no mention stands. */
  static List<NamedMentionFilter.Named> add(
      Analysis analysis, List<Zone> zones, List<NamedMentionFilter.Named> kept) {
    List<NamedMentionFilter.Named> out = new ArrayList<>(kept);
    List<Token> tokens = analysis.tokens();
    boolean[] named = new boolean[tokens.size()];
    for (NamedMentionFilter.Named n : kept) {
      Arrays.fill(named, n.entity().firstToken(), n.entity().endToken(), true);
    }
    for (int t = 0; t + 1 < tokens.size(); t++) {
      Token group = tokens.get(t);
      Token letter = tokens.get(t + 1);
      if (!group.word().equals("Group")
          || !letter.word().matches("\\p{Lu}")
          || letter.sentence() != group.sentence()
          || named[t]
          || named[t + 1]
          || startsLowerCaseWord(tokens, t + 2, group.sentence())) {
        continue;
      }
      String text = analysis.text().substring(group.begin(), letter.end());
      NamedEntity ne =
          new NamedEntity(t, t + 2, group.begin(), letter.end(), text, ORGANIZATION, "");
      if (!NamedMentionFilter.inExcludedZone(ne, zones)) {
        out.add(new NamedMentionFilter.Named(ne, EntityType.ORGANIZATION, PlaceKind.NONE, text));
      }
    }
    return out;
  }

  /** Whether a lower-case noun follows in the same sentence: the letter then classifies it. */
  private static boolean startsLowerCaseWord(List<Token> tokens, int t, int sentence) {
    if (t >= tokens.size() || tokens.get(t).sentence() != sentence) {
      return false;
    }
    Token next = tokens.get(t);
    return Character.isLowerCase(next.word().charAt(0)) && next.pos().startsWith("NN");
  }
}
