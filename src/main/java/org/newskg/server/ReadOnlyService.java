package org.newskg.server;

import java.time.Duration;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * The Fuseki {@link DataService} for {@code /kg}: SPARQL query at {@code sparql} and {@code query},
 * Graph Store Protocol read at {@code get}, and nothing that writes (no update, upload or GSP write
 * endpoints, nor any operation on the dataset URL itself).
 *
 * <p>Union default graph and timeout are set in each endpoint's context, which Fuseki merges into
 * every request's context (over the server's and the dataset's). The dataset itself is not changed,
 * so other users of the same TDB2 store in this process are not affected.
 */
final class ReadOnlyService {
  static final String SPARQL = "sparql";
  static final String QUERY = "query";
  static final String GET = "get";

  private ReadOnlyService() {}

  static DataService create(DatasetGraph dataset, Duration queryTimeout) {
    return DataService.newBuilder(dataset)
        .addEndpoint(endpoint(Operation.Query, SPARQL, queryTimeout))
        .addEndpoint(endpoint(Operation.Query, QUERY, queryTimeout))
        .addEndpoint(
            Endpoint.create()
                .operation(Operation.GSP_R)
                .endpointName(GET)
                .processor(new UnionGraphStoreRead())
                .context(context(queryTimeout))
                .build())
        .build();
  }

  private static Endpoint endpoint(Operation operation, String name, Duration queryTimeout) {
    return Endpoint.create()
        .operation(operation)
        .endpointName(name)
        .context(context(queryTimeout))
        .build();
  }

  private static Context context(Duration queryTimeout) {
    Context context = new Context();
    // Read by TDB2's query engine (queries) and by UnionGraphStoreRead (GSP ?default).
    context.set(TDB2.symUnionDefaultGraph, true);
    // Fuseki reads the overall timeout as a string of milliseconds; a client's ?timeout= can
    // only lower it.
    context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
    return context;
  }
}
