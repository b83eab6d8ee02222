package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

/**
 * Job titles and affiliations stated next to a person's name, from NER's TITLE mentions: before
 * the name ("Kremlin spokesman Ivan Petrov", "Russia's Foreign Minister …", "Russian Foreign
 * Minister …", "U.S. Ambassador to the United Nations Jane …") or in an apposition after it
 * ("…, U.S. Ambassador to the United Nations, …"). The affiliation is the organization or place
 * named before the title, or the body the title serves ("to the United Nations"); a demonym
 * ("Russian") stands for its country.
 */
final class RoleFinder {
  private static final Set<String> AFFILIATION_TYPES =
      Set.of("ORGANIZATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "NATIONALITY");
  private static final Set<String> LINKING_WORDS = Set.of("to", "of", "for", "at", "in");

  /** A role as found: the affiliation is still a NER mention, resolved by the caller. */
  record Found(MentionCluster person, String jobTitle, NamedEntity affiliation, Span evidence) {}

  private Map<Integer, NamedEntity> byEnd;
  private Map<Integer, NamedEntity> byStart;
  private Analysis a;

  List<Found> find(
      Analysis analysis, List<NamedMentionFilter.Named> named, MentionCluster[] clusterOf) {
    a = analysis;
    byEnd = new HashMap<>();
    byStart = new HashMap<>();
    for (NamedEntity ne : analysis.entities()) {
      byEnd.put(ne.endToken(), ne);
      byStart.put(ne.firstToken(), ne);
    }
    List<Found> out = new ArrayList<>();
    for (NamedMentionFilter.Named n : named) {
      MentionCluster person = clusterOf[n.entity().firstToken()];
      if (n.type() != EntityType.PERSON || person == null || person.type() != EntityType.PERSON) {
        continue;
      }
      titleBefore(person, n.entity(), out);
      titleAfter(person, n.entity(), out);
    }
    return out;
  }

  private void titleBefore(MentionCluster person, NamedEntity name, List<Found> out) {
    NamedEntity title = byEnd.get(name.firstToken());
    NamedEntity served = null;
    if (title != null && AFFILIATION_TYPES.contains(title.type())) {
      // "Ambassador to the United Nations Jane …": the body the title serves comes first.
      served = title;
      int t = title.firstToken();
      if (t > 0 && a.token(t - 1).word().equalsIgnoreCase("the")) {
        t--;
      }
      if (t > 0 && LINKING_WORDS.contains(a.token(t - 1).word())) {
        title = byEnd.get(t - 1);
      } else {
        title = null;
      }
    }
    if (title == null || !title.type().equals("TITLE")) {
      return;
    }
    if (served != null) {
      out.add(new Found(person, title.text(), served, new Span(title.begin(), name.end())));
    }
    int affiliationEnd = title.firstToken();
    if (affiliationEnd > 0 && a.token(affiliationEnd - 1).pos().equals("POS")) {
      affiliationEnd--; // "Russia's Foreign Minister"
    }
    NamedEntity affiliation = byEnd.get(affiliationEnd);
    if (affiliation != null && AFFILIATION_TYPES.contains(affiliation.type())) {
      out.add(
          new Found(person, title.text(), affiliation, new Span(affiliation.begin(), name.end())));
    } else if (served == null) {
      out.add(new Found(person, title.text(), null, new Span(title.begin(), name.end())));
    }
  }

  /** "Name, [affiliation] TITLE [to|of … affiliation]". */
  private void titleAfter(MentionCluster person, NamedEntity name, List<Found> out) {
    int next = name.endToken();
    if (next >= a.tokens().size() || !a.token(next).word().equals(",")) {
      return;
    }
    NamedEntity first = byStart.get(next + 1);
    if (first == null) {
      return;
    }
    NamedEntity affiliation = null;
    NamedEntity title = first;
    if (AFFILIATION_TYPES.contains(first.type())) {
      affiliation = first;
      title = byStart.get(first.endToken());
    }
    if (title == null || !title.type().equals("TITLE")) {
      return;
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
    out.add(new Found(person, title.text(), affiliation, new Span(name.begin(), end)));
  }
}
