package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * CoreNLP has no type for buildings and tags their names organizations: "the Harbour View Towers",
 * "Central Station", "Riverside Stadium". A name of two words or more that NER tags an organization
 * and that ends in a noun whose most frequent WordNet sense is a structure or a facility ("tower",
 * "station", "stadium", "hotel", "airport") names a place. Not when that sense is first an
 * institution or establishment ("prison", "office", "store", whose names are as often the body that
 * runs them) or a dwelling ("house": "the White House" speaks for a government), nor when the name
 * is the subject of a verb: a building that acts ("Central Hospital said") is the organization
 * inside it.
 */
final class FacilityNames {
  /** Kinds whose nearness decides: the first two make a place, the others keep the organization. */
  private static final Set<String> KINDS =
      Set.of("structure", "facility", "institution", "establishment", "housing");

  private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

  private FacilityNames() {}

  static boolean isFacility(Analysis analysis, NamedEntity ne) {
    if (!ne.type().equals("ORGANIZATION") || ne.endToken() - ne.firstToken() < 2) {
      return false;
    }
    Token last = analysis.token(ne.endToken() - 1);
    if (!last.pos().startsWith("NNP")
        || last.relation().startsWith("nsubj") && !last.relation().equals("nsubj:pass")) {
      return false;
    }
    return KNOWN.computeIfAbsent(
        last.word().toLowerCase(Locale.ROOT), FacilityNames::isBuildingNoun);
  }

  private static boolean isBuildingNoun(String noun) {
    List<WordNet.Sense> senses = WordNet.get().senses(noun, WordNet.Pos.NOUN);
    if (senses.isEmpty() || !senses.get(0).lexFile().equals("noun.artifact")) {
      return false;
    }
    return WordNet.get()
        .nearestKind(senses.get(0), KINDS)
        .filter(k -> k.equals("structure") || k.equals("facility"))
        .isPresent();
  }
}
