package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * What a store says about the entities of evaluated documents: every mention of a person,
 * organization or place with its entity IRI, the owl:sameAs decisions between entity IRIs, and
 * the Wikipedia titles entities are linked to (through DBpedia IRIs).
 */
final class KgMentions {
  static final String DBPEDIA = "http://dbpedia.org/resource/";

  /** One mention in one article: the article id, its characters, its entity's IRI and type. */
  record Mention(String articleId, int begin, int end, String entity, String type) {}

  private static final Query MENTIONS =
      QueryFactory.create(
          """
          PREFIX schema: <https://schema.org/>
          PREFIX nkg: <https://w3id.org/newskg/ns#>
          PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
          PREFIX gaf: <http://groundedannotationframework.org/gaf#>
          SELECT ?id ?e ?type ?b ?end WHERE {
            GRAPH ?g {
              ?a a schema:NewsArticle ; schema:identifier ?id .
              ?e gaf:denotedBy ?m ; a ?type .
              ?m nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?end .
              VALUES ?type { schema:Person schema:Organization schema:Place schema:Thing }
              FILTER NOT EXISTS { ?e a nkg:AnonymousSource }
            }
          }
          """);

  private static final Query SAME_AS =
      QueryFactory.create(
          """
          PREFIX owl: <http://www.w3.org/2002/07/owl#>
          SELECT ?x ?y WHERE { GRAPH ?g { ?x owl:sameAs ?y } }
          """);

  final List<Mention> mentions = new ArrayList<>();
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, String> links = new HashMap<>();

  static KgMentions read(DatasetGraph dataset) {
    KgMentions out = new KgMentions();
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExec exec = QueryExec.dataset(dataset).query(MENTIONS).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
              Binding r = rows.next();
              String type = r.get("type").getURI();
              out.mentions.add(
                  new Mention(
                      r.get("id").getLiteralLexicalForm(),
                      Integer.parseInt(r.get("b").getLiteralLexicalForm()),
                      Integer.parseInt(r.get("end").getLiteralLexicalForm()),
                      r.get("e").getURI(),
                      type.substring(type.lastIndexOf('/') + 1)));
            }
          }
          try (QueryExec exec = QueryExec.dataset(dataset).query(SAME_AS).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
              Binding r = rows.next();
              String x = r.get("x").getURI();
              String y = r.get("y").getURI();
              if (y.startsWith(DBPEDIA)) {
                out.links.put(x, y.substring(DBPEDIA.length()));
              } else if (x.startsWith(DBPEDIA)) {
                out.links.put(y, x.substring(DBPEDIA.length()));
              } else {
                out.union(x, y);
              }
            }
          }
        });
    return out;
  }

  /** The representative of an entity IRI's owl:sameAs class (the smallest IRI in it). */
  String identity(String iri) {
    String p = parent.getOrDefault(iri, iri);
    return p.equals(iri) ? iri : identity(p);
  }

  /** The Wikipedia title the entity (or one in its sameAs class) is linked to. */
  Optional<String> link(String iri) {
    String direct = links.get(iri);
    if (direct != null) {
      return Optional.of(GoldDocs.wikiTitle(direct));
    }
    String id = identity(iri);
    for (Map.Entry<String, String> e : links.entrySet()) {
      if (identity(e.getKey()).equals(id)) {
        return Optional.of(GoldDocs.wikiTitle(e.getValue()));
      }
    }
    return Optional.empty();
  }

  private void union(String a, String b) {
    String ra = identity(a);
    String rb = identity(b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
