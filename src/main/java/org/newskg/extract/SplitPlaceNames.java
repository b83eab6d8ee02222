package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

/**
 * Joins the two halves of a place name that CoreNLP's fine-grained NER splits: its gazetteer
 * relabels a country or city inside a longer name ("South Australia", "Western Australia", "North
 * America" come out as LOCATION "South" and COUNTRY "Australia"). When a LOCATION is the compound
 * modifier of the place name right after it, the two are one place, a LOCATION: the longer name
 * is no longer the country or city its last word names.
 */
final class SplitPlaceNames {
  private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

  private SplitPlaceNames() {}

  static List<NamedEntity> join(Analysis analysis, List<NamedEntity> entities) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      NamedEntity first = entities.get(i);
      if (i + 1 < entities.size() && halves(analysis, first, entities.get(i + 1))) {
        NamedEntity second = entities.get(i + 1);
        out.add(new NamedEntity(first.firstToken(), second.endToken(), first.begin(), second.end(),
            analysis.text().substring(first.begin(), second.end()), "LOCATION", ""));
        i++;
      } else {
        out.add(first);
      }
    }
    return out;
  }

  private static boolean halves(Analysis analysis, NamedEntity first, NamedEntity second) {
    if (!first.type().equals("LOCATION")
        || !PLACE_TYPES.contains(second.type())
        || second.firstToken() != first.endToken()
        || !analysis.text().substring(first.end(), second.begin()).equals(" ")) {
      return false;
    }
    int last = first.endToken() - 1;
    int head = analysis.token(last).head();
    return analysis.token(last).relation().equals("compound")
        && head >= second.firstToken()
        && head < second.endToken();
  }
}
