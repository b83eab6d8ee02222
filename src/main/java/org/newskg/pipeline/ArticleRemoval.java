package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newskg.ingest.IngestProblem;
import org.newskg.rdf.Iris;

/**
 * Removes articles, every version of each, from the store, then rebuilds the merged graphs so
 * that no merged fact still counts a removed article.
 */
public final class ArticleRemoval {
  private static final String GRAPHS_OF_ID =
      """
      PREFIX schema: <https://schema.org/>
      SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:identifier ?id } }
      """;

  /** What was removed, and the ids not found or merges that failed. */
  public record Result(int articles, int graphs, List<IngestProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final DatasetGraph dataset;
  private final String baseIri;

  public ArticleRemoval(DatasetGraph dataset, String baseIri) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.baseIri = Objects.requireNonNull(baseIri, "baseIri");
  }

  public Result remove(List<String> articleIds) {
    Map<String, List<Node>> graphs = new LinkedHashMap<>();
    List<IngestProblem> problems = new ArrayList<>();
    Txn.executeRead(
        dataset,
        () -> {
          for (String id : articleIds) {
            List<Node> found = new ArrayList<>();
            try (QueryExec exec =
                QueryExec.dataset(dataset)
                    .query(GRAPHS_OF_ID)
                    .substitution("id", NodeFactory.createLiteralString(id))
                    .build()) {
              exec.select().forEachRemaining(row -> found.add(row.get("g")));
            }
            if (found.isEmpty()) {
              problems.add(new IngestProblem(id, "", "no article with this id in the store"));
            } else {
              graphs.put(id, found);
            }
          }
        });
    if (graphs.isEmpty()) {
      return new Result(0, 0, problems);
    }
    List<Node> all = graphs.values().stream().flatMap(List::stream).toList();
    Txn.executeWrite(dataset, () -> all.forEach(g -> dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY)));
    problems.addAll(new MergedFacts(new Iris(baseIri), SoftwareInfo.version(), Optional.empty()).rebuild(dataset));
    return new Result(graphs.size(), all.size(), problems);
  }
}
