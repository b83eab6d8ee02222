package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

/**
 * The baseline of the entity issue: CoreNLP's named-entity mentions of persons, organizations and
 * places, one entity per exact name across all documents, no pronouns, no links.
 */
final class Baseline {
  private Baseline() {}

  static List<SystemMention> mentions(Analysis analysis) {
    List<SystemMention> out = new ArrayList<>();
    for (NamedEntity ne : analysis.entities()) {
      String type =
          switch (ne.type()) {
            case "PERSON" -> "Person";
            case "ORGANIZATION" -> "Organization";
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "Place";
            default -> "";
          };
      if (!type.isEmpty()) {
        out.add(
            new SystemMention(ne.begin(), ne.end(), type, "name:" + ne.text(), Optional.empty()));
      }
    }
    return out;
  }
}
