package org.newskg.merge;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Reads query rows of the newest version of each article only. The revised versions are read once
 * and the rows filtered here: a {@code FILTER NOT EXISTS { GRAPH ?h { … } }} in the query itself
 * visits every graph for every row, which took minutes on a few thousand articles.
 */
final class NewestVersions {
  private static final Query REVISED =
      QueryFactory.create(
          SparqlPrefixes.ALL + "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?later prov:wasRevisionOf ?a } }");

  private final Set<String> revised = new HashSet<>();

  /** Reads the revised article versions; call inside a read transaction. */
  NewestVersions(DatasetGraph dataset) {
    forEachRow(dataset, REVISED, r -> revised.add(r.get("a").getURI()));
  }

  /** The rows of a query whose {@code ?a} is no revised article version. */
  void select(DatasetGraph dataset, Query query, Consumer<Binding> row) {
    select(dataset, query, "a", row);
  }

  /** The rows of a query whose article variable is bound to no revised article version. */
  void select(DatasetGraph dataset, Query query, String articleVar, Consumer<Binding> row) {
    forEachRow(
        dataset,
        query,
        b -> {
          if (!revised.contains(b.get(articleVar).getURI())) {
            row.accept(b);
          }
        });
  }

  private static void forEachRow(DatasetGraph dataset, Query query, Consumer<Binding> row) {
    try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
      RowSet rows = exec.select();
      while (rows.hasNext()) {
        row.accept(rows.next());
      }
    }
  }
}
