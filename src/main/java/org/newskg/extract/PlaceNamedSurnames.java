package org.newskg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * A surname that is also a place ("Ana Paris", "Tomas London"): once the article names the person
 * in full, the word alone as the subject of a verb or as a possessor ("Paris said", "Paris's
 * father") is that person, though NER tags it a city; it then joins the full name as a surname
 * does ({@link NameJoins}). Only when exactly one full name in the article ends with the word; the
 * word after a preposition ("born in Paris") stays the place.
 */
final class PlaceNamedSurnames {
  private static final Set<String> PERSON_ROLES = Set.of("nsubj", "nsubj:pass", "nmod:poss");

  private final Map<String, Set<String>> fullNamesBySurname = new HashMap<>();

  PlaceNamedSurnames(Analysis analysis) {
    for (NamedEntity ne : analysis.entities()) {
      if (ne.type().equals("PERSON") && ne.endToken() - ne.firstToken() >= 2) {
        String surname = analysis.token(ne.endToken() - 1).word();
        fullNamesBySurname.computeIfAbsent(surname, k -> new HashSet<>()).add(ne.text());
      }
    }
  }

  boolean isSurname(Analysis analysis, NamedEntity ne) {
    if (ne.endToken() - ne.firstToken() != 1
        || NamedMentionFilter.typeOf(ne.type()).orElse(null) != EntityType.PLACE) {
      return false;
    }
    Token t = analysis.token(ne.firstToken());
    Set<String> full = fullNamesBySurname.getOrDefault(t.word(), Set.of());
    return full.size() == 1 && PERSON_ROLES.contains(t.relation());
  }
}
