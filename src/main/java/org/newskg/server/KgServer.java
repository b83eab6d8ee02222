package org.newskg.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph served read-only over SPARQL by embedded Fuseki main.
 *
 * <pre>{@code
 * try (KgServer server = KgServer.builder().store(Path.of("data")).port(3030).build().start()) {
 *   System.out.println(server.exampleCurl());
 *   ...
 * }
 * }</pre>
 *
 * <p>At {@code /kg}: SPARQL query at {@code /kg/sparql} and {@code /kg/query}, Graph Store Protocol
 * read at {@code /kg/get}; nothing that writes. The default graph of every query, and {@code
 * /kg/get?default}, is the union of all named graphs (one per article); {@code GRAPH ?g} reaches
 * the article graphs one by one. Queries are cut off after the query timeout; CORS headers let
 * browsers and notebooks on the allowed origins call the service. At {@code /id/PATH}, linked-data
 * clients get the description of the IRI {@code BASE + PATH} ({@link ResourceDescriptions}).
 */
public final class KgServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);

  /** The dataset's path on the server. */
  static final String DATASET = "/kg";

  private final FusekiServer fuseki;
  private final KgStore ownedStore;
  private final Object lock = new Object();
  private boolean started;
  private boolean stopped;

  private KgServer(FusekiServer fuseki, KgStore ownedStore) {
    this.fuseki = fuseki;
    this.ownedStore = ownedStore;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening; returns this server. */
  public KgServer start() {
    synchronized (lock) {
      if (stopped) {
        throw new IllegalStateException("server was stopped; build a new one");
      }
      if (!started) {
        fuseki.start();
        started = true;
        LOG.info("Serving the knowledge graph read-only at {}", datasetUrl());
      }
      return this;
    }
  }

  /**
   * The HTTP port, the one actually chosen when the builder was given port 0.
   *
   * @throws IllegalStateException before {@link #start()}, as do the URL methods
   */
  public int port() {
    synchronized (lock) {
      if (!started) {
        throw new IllegalStateException("server not started");
      }
      return fuseki.getHttpPort();
    }
  }

  /** The SPARQL endpoint, {@code http://localhost:PORT/kg/sparql}. */
  public String endpoint() {
    return datasetUrl() + "/" + ReadOnlyService.SPARQL;
  }

  /** The dataset, {@code http://localhost:PORT/kg}; endpoints are below it. */
  public String datasetUrl() {
    return "http://localhost:" + port() + DATASET;
  }

  /** Where the description of the IRI {@code BASE + path} is served. */
  public String describeUrl(String path) {
    return "http://localhost:" + port() + ResourceDescriptions.PATH + "/" + path;
  }

  /** A SPARQL query listing entities by the number of articles that mention them. */
  public String exampleQuery() {
    return ExampleQuery.ENTITIES_BY_ARTICLES;
  }

  /** A ready-to-paste curl command running {@link #exampleQuery()} against this server. */
  public String exampleCurl() {
    return ExampleQuery.curl(endpoint());
  }

  /** Stops the server, and releases the store if the builder opened it. Idempotent. */
  public void stop() {
    synchronized (lock) {
      if (stopped) {
        return;
      }
      stopped = true;
      if (started) {
        fuseki.stop();
        LOG.info("Stopped the SPARQL server");
      }
      if (ownedStore != null) {
        ownedStore.close();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Settings for a {@link KgServer}, checked once by {@link #build()}. */
  public static final class Builder {
    private Path store;
    private DatasetGraph dataset;
    private int port = 3030;
    private Duration queryTimeout = Duration.ofSeconds(30);
    private List<String> corsOrigins = List.of("*");
    private String baseIri = "https://w3id.org/newskg/id/";

    private Builder() {}

    /** Serve the TDB2 store in this directory, which must exist. */
    public Builder store(Path tdb2Dir) {
      this.store = Objects.requireNonNull(tdb2Dir, "tdb2Dir");
      return this;
    }

    /** Serve this TDB2 dataset; the caller keeps it (stopping the server does not release it). */
    public Builder dataset(DatasetGraph dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
      return this;
    }

    /** The HTTP port; 0 picks a free one. Default 3030. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** How long a query may run before it is cut off. Default 30 s. */
    public Builder queryTimeout(Duration timeout) {
      this.queryTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * The origins (such as {@code https://notebook.example.org}) whose browser pages may call the
     * server; {@code "*"} allows any, which is the default. No origins turns CORS off.
     */
    public Builder corsOrigins(String... origins) {
      this.corsOrigins = List.of(origins);
      return this;
    }

    /**
     * The base of the IRIs the store's graphs mint, {@code https://w3id.org/newskg/id/} unless the
     * ingest was given another: {@code /id/PATH} describes {@code BASE + PATH}.
     */
    public Builder baseIri(String baseIri) {
      this.baseIri = Objects.requireNonNull(baseIri, "baseIri");
      return this;
    }

    /** Checks the settings, opens the store if one was named, and assembles the server. */
    public KgServer build() {
      if ((store == null) == (dataset == null)) {
        throw new IllegalStateException(
            "give exactly one of store(Path) and dataset(DatasetGraph)");
      }
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException(String.format("port %d is not in 0..65535", port));
      }
      if (queryTimeout.isNegative() || queryTimeout.isZero()) {
        throw new IllegalArgumentException(
            String.format("query timeout %s is not positive", queryTimeout));
      }
      for (String origin : corsOrigins) {
        if (origin.isBlank()
            || origin.contains(",")
            || origin.chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException(
              String.format("CORS origin \"%s\" is not one origin or \"*\"", origin));
        }
      }
      if (dataset != null && !DatabaseMgr.isTDB2(dataset)) {
        throw new IllegalArgumentException(
            "the union default graph needs a TDB2 dataset; got " + dataset.getClass().getName());
      }
      if (store != null && !Files.isDirectory(store)) {
        throw new IllegalArgumentException(String.format("no store directory %s", store));
      }
      KgStore owned = store == null ? null : KgStore.open(store);
      try {
        DatasetGraph served = owned == null ? dataset : owned.dataset();
        return new KgServer(fuseki(served), owned);
      } catch (RuntimeException ex) {
        if (owned != null) {
          owned.close();
        }
        throw ex;
      }
    }

    private FusekiServer fuseki(DatasetGraph served) {
      FusekiServer.Builder fuseki =
          FusekiServer.create()
              .port(port)
              // Fuseki's own CORS filter (off unless enabled) would also allow write methods.
              .enableCors(false)
              .add(DATASET, ReadOnlyService.create(served, queryTimeout))
              .addServlet(ResourceDescriptions.PATH + "/*", new ResourceDescriptions(served, baseIri));
      if (!corsOrigins.isEmpty()) {
        fuseki.addFilter("/*", new CorsFilter(corsOrigins));
      }
      return fuseki.build();
    }
  }
}
