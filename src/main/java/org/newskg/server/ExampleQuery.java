package org.newskg.server;

/**
 * The ready-to-paste example printed when the server starts: entities ranked by the number of
 * articles that mention them.
 */
final class ExampleQuery {

  /** One line, so that it pastes into any shell; no single quotes, so it fits in one. */
  static final String ENTITIES_BY_ARTICLES =
      "PREFIX schema: <https://schema.org/> "
          + "PREFIX gaf: <http://groundedannotationframework.org/gaf#> "
          + "PREFIX prov: <http://www.w3.org/ns/prov#> "
          + "SELECT ?entity (SAMPLE(?n) AS ?name) (COUNT(DISTINCT ?article) AS ?articles) "
          + "WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?article . "
          + "?entity gaf:denotedBy ?mention ; schema:name ?n } } "
          + "GROUP BY ?entity ORDER BY DESC(?articles) ?entity LIMIT 20";

  private ExampleQuery() {}

  /** A curl command that runs the example against {@code endpoint} and prints CSV. */
  static String curl(String endpoint) {
    return "curl -sG '"
        + endpoint
        + "' -H 'Accept: text/csv' --data-urlencode '"
        + "query="
        + ENTITIES_BY_ARTICLES
        + "'";
  }
}
