package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.newskg.KgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TDB2 store directory, read side: SPARQL queries that see the union of all article graphs as the
 * default graph, and exports of every named graph as RDF 1.1.
 *
 * <pre>{@code
 * try (KgStore store = KgStore.open(Path.of("data"))) {
 *   store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", ResultFormat.TABLE, System.out);
 *   store.export(ExportFormat.NQUADS, out);
 * }
 * }</pre>
 *
 * <p>Every operation runs in its own read transaction. TDB2 keeps one connection per directory and
 * process, shared by everything that opens the same directory, and releases it when the process
 * ends; {@link #close()} only ends this handle.
 */
public final class KgStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KgStore.class);

  /** How {@link #query} writes SELECT and ASK results. */
  public enum ResultFormat {
    /** An aligned text table, IRIs abbreviated with the query's prefixes. */
    TABLE,
    /** SPARQL 1.1 Query Results CSV. */
    CSV,
    /** SPARQL 1.1 Query Results JSON. */
    JSON
  }

  /** The RDF 1.1 syntaxes {@link #export} writes; all three keep the named graphs. */
  public enum ExportFormat {
    NQUADS,
    TRIG,
    JSONLD
  }

  private final Path directory;
  private final DatasetGraph dataset;
  private final AtomicBoolean closed = new AtomicBoolean();

  private KgStore(Path directory, DatasetGraph dataset) {
    this.directory = directory;
    this.dataset = dataset;
  }

  /**
   * Connects the TDB2 store in {@code dir}, creating the directory (and an empty store) if it is
   * missing.
   */
  public static KgStore open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    try {
      Files.createDirectories(dir);
    } catch (IOException ex) {
      throw new KgException("cannot create the store directory " + dir, ex);
    }
    DatasetGraph dsg = TDB2Factory.connectDataset(Location.create(dir)).asDatasetGraph();
    LOG.debug("Connected TDB2 store {}", dir);
    return new KgStore(dir, dsg);
  }

  /** The store directory. */
  public Path directory() {
    return directory;
  }

  /** The TDB2 dataset; callers use transactions ({@code Txn.executeRead}) around access. */
  public DatasetGraph dataset() {
    checkOpen();
    return dataset;
  }

  /**
   * Runs a SPARQL query with the union of all named graphs as its default graph and writes the
   * answer to {@code out}: SELECT and ASK results in {@code format}; CONSTRUCT and DESCRIBE results
   * as Turtle, or as TriG when the CONSTRUCT template has GRAPH blocks. {@code out} is flushed, not
   * closed.
   *
   * @throws KgException if the text is not a SPARQL query, or the answer cannot be written
   */
  public void query(String sparql, ResultFormat format, OutputStream out) {
    Objects.requireNonNull(sparql, "sparql");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    checkOpen();
    new QueryRunner(dataset).run(sparql, format, out);
  }

  /**
   * Writes every quad of the store to {@code out} as RDF 1.1 in {@code format}: all named graphs,
   * and the default graph if anything was ever written to it. {@code out} is flushed, not closed.
   *
   * @return the number of quads written
   * @throws KgException if the store holds RDF 1.2 terms (triple terms, directional language
   *     strings), which RDF 1.1 syntaxes cannot carry; nothing is written then
   */
  public long export(ExportFormat format, OutputStream out) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    checkOpen();
    return new DatasetExporter(dataset).export(format, out);
  }

  /** Ends this handle; later calls fail. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      // TDB2's close() is a no-op: the connection stays for the process, shared per directory.
      dataset.close();
      LOG.debug("Closed store handle {}", directory);
    }
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("store " + directory + " is closed");
    }
  }

  @Override
  public String toString() {
    return "KgStore[" + directory + "]";
  }
}
