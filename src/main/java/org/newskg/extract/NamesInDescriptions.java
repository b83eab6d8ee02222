package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one person named inside or right after a descriptive subject ("the team's coach Jane Roe",
 * "the secretary general of the conference, Jane Roe,"), who is then the speaker.
 */
final class NamesInDescriptions {
  private final DependencyTree tree;
  private final Map<Integer, String> entityOfToken;
  private final Map<Integer, Span> mentionOfToken;
  private final Set<String> persons;

  /**
   * @param entityOfToken the entity key each token names
   * @param mentionOfToken the entity mention each token is part of
   * @param persons the keys of the entities that are people
   */
  NamesInDescriptions(
      DependencyTree tree, Map<Integer, String> entityOfToken, Map<Integer, Span> mentionOfToken, Set<String> persons) {
    this.tree = tree;
    this.entityOfToken = entityOfToken;
    this.mentionOfToken = mentionOfToken;
    this.persons = persons;
  }

  /**
   * The one person named inside a descriptive subject: "the team's coach Jane Roe", "the
   * secretary general of the conference, Jane Roe,". A name behind a preposition is whom the
   * description serves, not the speaker ("a spokesman for Governor Jane Doe"); relative clauses
   * are not looked into.
   */
  Optional<Integer> namedInApposition(int noun) {
    Set<String> keys = new HashSet<>();
    Integer found = null;
    for (int t : phraseTokens(noun, new ArrayList<>())) {
      if (tree.token(t).pos().startsWith("PRP")) {
        continue; // "his father Jane Roe": the possessor is whom the description relates to
      }
      String key = entityOfToken.get(t);
      if (key != null && persons.contains(key) && !behindPreposition(t)) {
        keys.add(key);
        found = found == null ? t : found;
      }
    }
    if (keys.size() == 1) {
      return Optional.of(found);
    }
    // "the Crown prosecutor, Jane Roe, said": a name in apposition right after the phrase.
    int after = tree.subtreeRange(noun)[1];
    if (keys.isEmpty() && after + 1 < tree.analysis().tokens().size() && tree.token(after).word().equals(",")) {
      String key = entityOfToken.get(after + 1);
      if (key != null && persons.contains(key)) {
        return Optional.of(after + 1);
      }
    }
    return Optional.empty();
  }

  private List<Integer> phraseTokens(int head, List<Integer> out) {
    out.add(head);
    for (int c : tree.children(head)) {
      String r = tree.token(c).relation();
      // "Roe's rep": the possessor is whom the description serves, not the speaker.
      if (!r.startsWith("acl") && !r.equals("punct") && !r.equals("nmod:poss")) {
        phraseTokens(c, out);
      }
    }
    return out;
  }

  /**
   * Whether the name at token {@code t} follows a preposition, titles aside: "a spokesman for
   * Governor Jane Doe" (Doe is whom he speaks for), not "Ambassador to the United States Jane Roe"
   * (the name ends the description).
   */
  private boolean behindPreposition(int t) {
    int j = tree.tokenAt(mentionOfToken.get(t).begin()) - 1;
    while (j >= 0 && (tree.token(j).ner().equals("TITLE") || tree.token(j).pos().equals("DT"))) {
      j--;
    }
    return j >= 0 && (tree.token(j).pos().equals("IN") || tree.token(j).pos().equals("TO"));
  }
}
