package org.newskg.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2;

/**
 * Graph Store Protocol read where {@code ?default} (and {@code ?graph=default}) is the union of the
 * named graphs, as it is for queries.
 *
 * <p>TDB2 applies its union-default-graph setting only in its query engine; Fuseki's GSP read asks
 * the dataset for its stored default graph, which is empty in our layout. So for a default-graph
 * request this hands Fuseki a one-graph view whose default graph is the dataset's union graph, read
 * in the request's transaction. {@code ?graph=<iri>}, {@code ?graph=union} and the whole-dataset
 * GET (no query string) are Fuseki's own.
 */
final class UnionGraphStoreRead extends GSP_R {

  @Override
  protected DatasetGraph decideDataset(HttpAction action) {
    DatasetGraph dataset = super.decideDataset(action);
    if (isQuads(action) || !asksForDefaultGraph(action) || !unionDefault(action)) {
      return dataset;
    }
    return DatasetGraphFactory.wrap(dataset.getUnionGraph());
  }

  private static boolean asksForDefaultGraph(HttpAction action) {
    return action.getRequestParameter(HttpNames.paramGraphDefault) != null
        || HttpNames.graphTargetDefault.equals(action.getRequestParameter(HttpNames.paramGraph));
  }

  private static boolean unionDefault(HttpAction action) {
    return action.getContext().isTrue(TDB2.symUnionDefaultGraph);
  }
}
