package org.newskg.merge;

/** The prefixes the merges' queries over article graphs use, declared once. */
final class SparqlPrefixes {
  private SparqlPrefixes() {}

  static final String ALL =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX nkg: <https://w3id.org/newskg/ns#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX gaf: <http://groundedannotationframework.org/gaf#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;
}
