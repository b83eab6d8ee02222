package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.KgException;
import org.newskg.store.KgStore.ExportFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a whole dataset as RDF 1.1 N-Quads, TriG or JSON-LD, in one read transaction.
 *
 * <p>Before writing, it checks every quad for RDF 1.2 terms (triple terms, directional language
 * strings): Jena 5.6's JSON-LD writer and RDF4J Rio 5 cannot carry them, and a reader of an RDF 1.1
 * syntax would reject the file. The check fails before anything is written.
 */
final class DatasetExporter {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetExporter.class);

  private final DatasetGraph dataset;

  DatasetExporter(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  long export(ExportFormat format, OutputStream out) {
    long start = System.nanoTime();
    long quads =
        Txn.calculateRead(
            dataset,
            () -> {
              long count = checkRdf11();
              RDFWriter.source(dataset).format(rdfFormat(format)).output(out);
              return count;
            });
    try {
      out.flush();
    } catch (IOException ex) {
      throw new KgException("cannot write the " + format + " export", ex);
    }
    LOG.info(
        "Exported {} quads as {} in {} ms", quads, format, (System.nanoTime() - start) / 1_000_000);
    return quads;
  }

  /**
   * The writer for each format. TriG is written in blocks, streamed; JSON-LD 1.1 (Titanium) builds
   * the whole document in memory, compacted with the store's prefixes as its context.
   */
  static RDFFormat rdfFormat(ExportFormat format) {
    return switch (format) {
      case NQUADS -> RDFFormat.NQUADS;
      case TRIG -> RDFFormat.TRIG_BLOCKS;
      case JSONLD -> RDFFormat.JSONLD11;
    };
  }

  /** Counts the quads, failing on the first one that RDF 1.1 cannot express. */
  private long checkRdf11() {
    long count = 0;
    Iterator<Quad> it = dataset.find();
    while (it.hasNext()) {
      Quad quad = it.next();
      if (!isRdf11(quad.getSubject())
          || !isRdf11(quad.getPredicate())
          || !isRdf11(quad.getObject())) {
        throw new KgException(
            String.format(
                "quad %s is RDF 1.2 (triple term or directional language string); "
                    + "exports are RDF 1.1",
                NodeFmtLib.strNQ(quad).strip()));
      }
      count++;
    }
    return count;
  }

  private static boolean isRdf11(Node node) {
    if (node.isTripleTerm()) {
      return false;
    }
    return !node.isLiteral() || node.getLiteralBaseDirection() == null;
  }
}
