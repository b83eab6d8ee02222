package org.newskg.store;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/** Reads which versions of an article id the store already holds. */
final class ArticleVersions {
  private static final Query VERSIONS =
      QueryFactory.create(
          """
          PREFIX schema: <https://schema.org/>
          PREFIX nkg: <https://w3id.org/newskg/ns#>
          PREFIX prov: <http://www.w3.org/ns/prov#>
          SELECT ?article ?graph ?sha ?newest WHERE {
            GRAPH ?graph { ?article schema:identifier ?id ; nkg:contentSha256 ?sha . }
            BIND(NOT EXISTS { GRAPH ?g2 { ?later prov:wasRevisionOf ?article } } AS ?newest)
          }
          """);

  private final DatasetGraph dataset;

  ArticleVersions(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  /** What the store holds for {@code articleId}: all text hashes, and the newest version. */
  record Known(Set<String> hashes, Optional<StoredVersion> newest) {}

  Known lookup(String articleId) {
    return Txn.calculateRead(
        dataset,
        () -> {
          Set<String> hashes = new HashSet<>();
          StoredVersion newest = null;
          try (QueryExec exec =
              QueryExec.dataset(dataset)
                  .query(VERSIONS)
                  .substitution("id", NodeFactory.createLiteralString(articleId))
                  .build()) {
            var rows = exec.select();
            while (rows.hasNext()) {
              var row = rows.next();
              String sha = row.get("sha").getLiteralLexicalForm();
              hashes.add(sha);
              if (Boolean.parseBoolean(row.get("newest").getLiteralLexicalForm())) {
                newest =
                    new StoredVersion(
                        row.get("article").getURI(), row.get("graph").getURI(), sha);
              }
            }
          }
          return new Known(Set.copyOf(hashes), Optional.ofNullable(newest));
        });
  }
}
