package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.newskg.KgException;
import org.newskg.store.KgStore.ResultFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one SPARQL query in a read transaction, with the union of the named graphs as the default
 * graph, and writes its answer while the transaction is open (results stream from the store).
 */
final class QueryRunner {
  private static final Logger LOG = LoggerFactory.getLogger(QueryRunner.class);

  private final DatasetGraph dataset;

  QueryRunner(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  void run(String sparql, ResultFormat format, OutputStream out) {
    Query query = parse(sparql);
    long start = System.nanoTime();
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExec exec =
              QueryExec.newBuilder()
                  .dataset(dataset)
                  .query(query)
                  .set(TDB2.symUnionDefaultGraph, true)
                  .build()) {
            write(exec, query, format, out);
          }
        });
    flush(out);
    LOG.debug(
        "{} query answered in {} ms", query.queryType(), (System.nanoTime() - start) / 1_000_000);
  }

  private static Query parse(String sparql) {
    try {
      return QueryFactory.create(sparql);
    } catch (QueryParseException ex) {
      throw new KgException("not a SPARQL query (this store is read-only): " + ex.getMessage(), ex);
    }
  }

  private static void write(QueryExec exec, Query query, ResultFormat format, OutputStream out) {
    switch (query.queryType()) {
      case SELECT -> writeRows(exec.select(), query, format, out);
      case ASK -> writeBoolean(exec.ask(), format, out);
      case CONSTRUCT -> {
        if (query.isConstructQuad()) {
          DatasetGraph quads = exec.constructDataset();
          quads.prefixes().putAll(PrefixMapFactory.create(query.getPrefixMapping()));
          RDFWriter.source(quads).format(RDFFormat.TRIG_PRETTY).output(out);
        } else {
          writeGraph(exec.construct(), query, out);
        }
      }
      case DESCRIBE -> writeGraph(exec.describe(), query, out);
      default ->
          throw new KgException(
              "unsupported query form "
                  + query.queryType()
                  + "; use SELECT, ASK, CONSTRUCT or DESCRIBE");
    }
  }

  private static void writeRows(RowSet rows, Query query, ResultFormat format, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, ResultSet.adapt(rows), query.getPrologue());
      case CSV -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, rows);
      case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rows);
    }
  }

  private static void writeBoolean(boolean answer, ResultFormat format, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, answer);
      case CSV -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, answer);
      case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, answer);
    }
  }

  private static void writeGraph(Graph graph, Query query, OutputStream out) {
    graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
    RDFWriter.source(graph).lang(Lang.TURTLE).output(out);
  }

  private static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException ex) {
      throw new KgException("cannot write the query answer", ex);
    }
  }
}
