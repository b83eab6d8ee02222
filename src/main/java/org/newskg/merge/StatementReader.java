package org.newskg.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads the statements of the newest version of every article in the store. */
final class StatementReader {
  private static final Query STATEMENTS =
      QueryFactory.create(
          """
          PREFIX schema: <https://schema.org/>
          PREFIX nkg: <https://w3id.org/newskg/ns#>
          PREFIX prov: <http://www.w3.org/ns/prov#>
          SELECT ?s ?g ?article ?id ?publisher ?quote ?direct ?speaker ?kind ?label WHERE {
            GRAPH ?g {
              ?article a schema:NewsArticle ; schema:identifier ?id .
              ?s a nkg:Statement ; nkg:quote ?quote ; nkg:direct ?direct .
              OPTIONAL { ?article schema:publisher ?publisher }
              OPTIONAL {
                ?s nkg:speaker ?speaker .
                OPTIONAL { ?speaker schema:name ?name }
                OPTIONAL { ?speaker schema:description ?description }
                BIND(IF(EXISTS { ?speaker a nkg:AnonymousSource }
                          || EXISTS { ?speaker a nkg:UnnamedParticipant }, "anonymous",
                     IF(EXISTS { ?speaker a schema:Person }, "person",
                     IF(EXISTS { ?speaker a schema:Organization }, "organization", "place"))) AS ?kind)
                BIND(COALESCE(?name, ?description, STR(?speaker)) AS ?label)
              }
            }
          }
          ORDER BY ?id ?s ?speaker
          """);

  private static final Query ENTITIES =
      QueryFactory.create(
          """
          PREFIX schema: <https://schema.org/>
          PREFIX gaf: <http://groundedannotationframework.org/gaf#>
          PREFIX prov: <http://www.w3.org/ns/prov#>
          SELECT DISTINCT ?article ?entity WHERE {
            GRAPH ?g {
              ?article a schema:NewsArticle .
              ?entity gaf:denotedBy ?m .
              FILTER EXISTS { ?entity a ?type FILTER(?type IN (schema:Person, schema:Organization, schema:Place)) }
            }
          }
          """);

  /** Entity IRIs each newest article version mentions, by article IRI. */
  Map<String, Set<String>> entitiesByArticle(DatasetGraph dataset) {
    Map<String, Set<String>> out = new HashMap<>();
    new NewestVersions(dataset)
        .select(
            dataset,
            ENTITIES,
            "article",
            row ->
                out.computeIfAbsent(row.get("article").getURI(), k -> new HashSet<>())
                    .add(row.get("entity").getURI()));
    return out;
  }

  List<ReportedStatement> read(DatasetGraph dataset) {
    // One row per speaker: a statement several people made together comes in several rows.
    Map<String, ReportedStatement> byIri = new LinkedHashMap<>();
    new NewestVersions(dataset)
        .select(
            dataset,
            STATEMENTS,
            "article",
            row -> {
              String iri = row.get("s").getURI();
              ReportedStatement seen =
                  byIri.computeIfAbsent(
                      iri,
                      k ->
                          new ReportedStatement(
                              iri,
                              row.get("g").getURI(),
                              row.get("article").getURI(),
                              row.get("id").getLiteralLexicalForm(),
                              iri(row.get("publisher")),
                              row.get("quote").getLiteralLexicalForm(),
                              Boolean.parseBoolean(row.get("direct").getLiteralLexicalForm()),
                              List.of()));
              Node speaker = row.get("speaker");
              if (speaker != null && speaker.isURI()
                  && seen.speakers().stream().noneMatch(x -> x.iri().equals(speaker.getURI()))) {
                List<ReportedStatement.Speaker> speakers = new ArrayList<>(seen.speakers());
                speakers.add(
                    new ReportedStatement.Speaker(
                        speaker.getURI(),
                        speakerClass(row.get("kind")),
                        row.get("label") == null ? "" : row.get("label").getLiteralLexicalForm()));
                byIri.put(iri, withSpeakers(seen, speakers));
              }
            });
    return new ArrayList<>(byIri.values());
  }

  private static ReportedStatement withSpeakers(
      ReportedStatement s, List<ReportedStatement.Speaker> speakers) {
    return new ReportedStatement(
        s.iri(), s.graphIri(), s.articleIri(), s.articleId(), s.publisher(), s.quote(), s.direct(),
        speakers);
  }

  private static Optional<String> iri(Node n) {
    return n != null && n.isURI() ? Optional.of(n.getURI()) : Optional.empty();
  }

  private static ReportedStatement.SpeakerClass speakerClass(Node kind) {
    return switch (kind.getLiteralLexicalForm()) {
      case "anonymous" -> ReportedStatement.SpeakerClass.ANONYMOUS;
      case "person" -> ReportedStatement.SpeakerClass.PERSON;
      case "organization" -> ReportedStatement.SpeakerClass.ORGANIZATION;
      default -> ReportedStatement.SpeakerClass.PLACE;
    };
  }
}
