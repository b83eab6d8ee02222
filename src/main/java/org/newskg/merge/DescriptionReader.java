package org.newskg.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Reads what {@link DescriptionMerge} judges from the newest version of every article graph: the
 * unnamed participants and things, what articles call named persons, the head nouns of the names
 * of named organizations and places, and each article's story features.
 */
final class DescriptionReader {
  private static final Query PARTICIPANTS =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT ?g ?a ?p ?type ?lemma ?description ?modifier WHERE {
                GRAPH ?g {
                  ?a a schema:NewsArticle .
                  ?p a ?unnamed , ?type ; nkg:headLemma ?lemma ;
                     schema:description ?description .
                  OPTIONAL { ?p nkg:modifierLemma ?modifier }
                  VALUES ?unnamed { nkg:UnnamedParticipant nkg:UnnamedThing }
                  VALUES ?type { schema:Person schema:Organization schema:Place schema:Thing }
                }
              }
              """);

  /** The story features of each article graph: its named entities and the words of its text. */
  private static final Query FEATURES =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT ?g ?text WHERE { GRAPH ?g { ?a a schema:NewsArticle ; nif:isString ?text } }
              """);

  private static final Query NAMED =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT DISTINCT ?g ?e WHERE { GRAPH ?g { ?e schema:name ?name } }
              """);

  /**
   * What articles call a named person besides its name: its job titles ("actress Ana Ruiz") and
   * the descriptions coreference attached to it ("the actress").
   */
  private static final Query PERSON_DESCRIPTIONS =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT DISTINCT ?g ?a ?e ?words WHERE {
                GRAPH ?g {
                  ?a a schema:NewsArticle .
                  ?e a schema:Person ; schema:name ?name .
                  { ?e schema:jobTitle ?words }
                  UNION
                  { ?e gaf:denotedBy ?m . ?m nkg:mentionKind nkg:Nominal ; nif:anchorOf ?words }
                }
              }
              """);

  /** Named organizations and places, with the names articles give them ({@link NameHeads}). */
  private static final Query NAMED_KINDS =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT DISTINCT ?g ?a ?e ?name WHERE {
                GRAPH ?g {
                  ?a a schema:NewsArticle .
                  ?e a ?type ; schema:name ?name .
                  VALUES ?type { schema:Organization schema:Place }
                }
              }
              """);

  private DescriptionReader() {}

  /** Reads the participants and story features; call inside a read transaction. */
  static DescriptionMerge.Input read(DatasetGraph dataset) {
    Map<String, DescriptionMerge.Participant> byIri = new TreeMap<>();
    Map<String, Set<String>> modifiers = new HashMap<>();
    NewestVersions newest = new NewestVersions(dataset);
    newest.select(
        dataset,
        PARTICIPANTS,
        r -> {
          String iri = r.get("p").getURI();
          Set<String> mods = modifiers.computeIfAbsent(iri, k -> new HashSet<>());
          if (r.get("modifier") != null) {
            mods.add(r.get("modifier").getLiteralLexicalForm());
          }
          String lemma = r.get("lemma").getLiteralLexicalForm();
          String description = r.get("description").getLiteralLexicalForm();
          byIri.putIfAbsent(
              iri,
              new DescriptionMerge.Participant(
                  iri,
                  r.get("g").getURI(),
                  lemma,
                  DescriptionMerge.plural(description, lemma),
                  description,
                  mods,
                  r.get("type").getURI()));
        });
    List<DescriptionMerge.Described> described = new ArrayList<>();
    newest.select(
        dataset,
        PERSON_DESCRIPTIONS,
        r ->
            described.add(
                new DescriptionMerge.Described(
                    r.get("e").getURI(),
                    r.get("g").getURI(),
                    DescriptionMerge.headWord(r.get("words").getLiteralLexicalForm()))));
    List<DescriptionMerge.Described> kinds = new ArrayList<>();
    newest.select(
        dataset,
        NAMED_KINDS,
        r -> {
          String name = r.get("name").getLiteralLexicalForm();
          if (NameHeads.hasKindWord(name)) {
            kinds.add(
                new DescriptionMerge.Described(
                    r.get("e").getURI(),
                    r.get("g").getURI(),
                    DescriptionMerge.headWord(name)));
          }
        });
    Map<String, Set<String>> features = new TreeMap<>();
    try (QueryExec exec = QueryExec.dataset(dataset).query(FEATURES).build()) {
      RowSet rows = exec.select();
      while (rows.hasNext()) {
        Binding r = rows.next();
        features
            .computeIfAbsent(r.get("g").getURI(), k -> new LinkedHashSet<>())
            .addAll(EventCoreference.words(r.get("text").getLiteralLexicalForm()));
      }
    }
    try (QueryExec exec = QueryExec.dataset(dataset).query(NAMED).build()) {
      RowSet rows = exec.select();
      while (rows.hasNext()) {
        Binding r = rows.next();
        Set<String> f = features.get(r.get("g").getURI());
        if (f != null) { // graphs without an article (the merge graphs) tell no story
          f.add("e:" + r.get("e").getURI());
        }
      }
    }
    return new DescriptionMerge.Input(List.copyOf(byIri.values()), described, kinds, features);
  }
}
