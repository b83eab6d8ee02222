package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

/**
 * Job titles and affiliations stated next to a person's name, from NER's TITLE mentions: before
 * the name ("Kremlin spokesman Dmitry Peskov", "Russia's Foreign Minister …") or in an apposition
 * after it ("…, U.S. Ambassador to the United Nations, …").
 */
final class RoleFinder {
  private static final Set<String> AFFILIATION_TYPES =
      Set.of("ORGANIZATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "NATIONALITY");
  private static final Set<String> LINKING_WORDS = Set.of("to", "of", "for", "at", "in");

  void find(Analysis analysis, List<NamedMentionFilter.Named> named, MentionCluster[] clusterOf) {
    Map<Integer, NamedEntity> byEnd = new HashMap<>();
    Map<Integer, NamedEntity> byStart = new HashMap<>();
    for (NamedEntity ne : analysis.entities()) {
      byEnd.put(ne.endToken(), ne);
      byStart.put(ne.firstToken(), ne);
    }
    for (NamedMentionFilter.Named n : named) {
      if (n.type() != EntityType.PERSON) {
        continue;
      }
      MentionCluster person = clusterOf[n.entity().firstToken()];
      if (person == null) {
        continue;
      }
      titleBefore(analysis, n.entity(), byEnd, clusterOf).ifPresent(person.roles::add);
      titleAfter(analysis, n.entity(), byStart, clusterOf).ifPresent(person.roles::add);
    }
  }

  private static Optional<Role> titleBefore(
      Analysis a, NamedEntity person, Map<Integer, NamedEntity> byEnd, MentionCluster[] clusterOf) {
    NamedEntity title = byEnd.get(person.firstToken());
    if (title == null || !title.type().equals("TITLE")) {
      return Optional.empty();
    }
    int affiliationEnd = title.firstToken();
    if (affiliationEnd > 0 && a.token(affiliationEnd - 1).pos().equals("POS")) {
      affiliationEnd--; // "Russia's Foreign Minister"
    }
    NamedEntity affiliation = byEnd.get(affiliationEnd);
    if (affiliation != null && AFFILIATION_TYPES.contains(affiliation.type())) {
      return Optional.of(
          role(title, affiliation, clusterOf, new Span(affiliation.begin(), person.end())));
    }
    return Optional.of(role(title, null, clusterOf, new Span(title.begin(), person.end())));
  }

  /** "Name, [affiliation] TITLE [to|of … affiliation]". */
  private static Optional<Role> titleAfter(
      Analysis a,
      NamedEntity person,
      Map<Integer, NamedEntity> byStart,
      MentionCluster[] clusterOf) {
    int next = person.endToken();
    if (next >= a.tokens().size() || !a.token(next).word().equals(",")) {
      return Optional.empty();
    }
    NamedEntity first = byStart.get(next + 1);
    if (first == null) {
      return Optional.empty();
    }
    NamedEntity affiliation = null;
    NamedEntity title = first;
    if (AFFILIATION_TYPES.contains(first.type())) {
      affiliation = first;
      title = byStart.get(first.endToken());
    }
    if (title == null || !title.type().equals("TITLE")) {
      return Optional.empty();
    }
    int end = title.end();
    int after = title.endToken();
    if (after < a.tokens().size() && LINKING_WORDS.contains(a.token(after).word())) {
      int t = after + 1;
      if (t < a.tokens().size() && a.token(t).word().equalsIgnoreCase("the")) {
        t++;
      }
      NamedEntity object = byStart.get(t);
      if (object != null && AFFILIATION_TYPES.contains(object.type())) {
        affiliation = object; // the body the title serves: "Ambassador to the United Nations"
        end = object.end();
      }
    }
    return Optional.of(role(title, affiliation, clusterOf, new Span(person.begin(), end)));
  }

  private static Role role(
      NamedEntity title, NamedEntity affiliation, MentionCluster[] clusterOf, Span evidence) {
    Optional<String> key = Optional.empty();
    if (affiliation != null && clusterOf[affiliation.firstToken()] != null) {
      key = Optional.of(Names.key(clusterOf[affiliation.firstToken()].canonicalName()));
    }
    return new Role(title.text(), key, evidence);
  }
}
