package org.newskg.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;
import org.newskg.pipeline.IngestJob;
import org.newskg.pipeline.IngestReport;
import org.newskg.store.KgStore;

/**
 * The five seed articles ingested once per test JVM into a TDB2 store in a temporary folder, with
 * the one CoreNLP pipeline of the JVM. Tests read it; tests that write make their own store.
 */
public final class SeedStore {
  public static final Path SEEDS = Path.of("seeds");
  private static KgStore store;
  private static IngestReport report;

  private SeedStore() {}

  public static NlpPipeline nlp() {
    return NlpPipeline.shared(NlpSettings.DEFAULT);
  }

  public static synchronized KgStore store() {
    if (store == null) {
      try {
        Path dir = Files.createTempDirectory("newskg-seed-store");
        deleteAtExit(dir);
        store = KgStore.open(dir);
        report = ingest(store, List.of(SEEDS));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return store;
  }

  /**
   * Removes the store's folder when the test JVM ends, so that test runs leave nothing behind in
   * the temporary folder. The files may still be mapped by TDB2 then; Unix lets them be unlinked.
   */
  private static void deleteAtExit(Path dir) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                  } catch (IOException e) {
                    System.err.println("could not remove " + dir + ": " + e.getMessage());
                  }
                }));
  }

  public static synchronized IngestReport report() {
    store();
    return report;
  }

  /**
   * A new TDB2 store in {@code dir} holding exactly the quads of the seed store, written in one
   * transaction: for tests that change a store or need one of their own, without running the
   * NLP again.
   */
  public static KgStore copyTo(Path dir) {
    DatasetGraph seeds = store().dataset();
    List<Quad> quads = Txn.calculateRead(seeds, () -> Iter.toList(seeds.find()));
    KgStore copy = KgStore.open(dir);
    Txn.executeWrite(copy.dataset(), () -> quads.forEach(copy.dataset()::add));
    return copy;
  }

  public static IngestReport ingest(KgStore kg, List<Path> inputs) {
    return IngestJob.builder().store(kg.dataset(), kg.directory()).nlp(nlp()).build().run(inputs);
  }

  /** A SELECT over the store with the union of the article graphs as default graph. */
  public static ResultSetRewindable select(DatasetGraph dataset, String sparql) {
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(DatasetFactory.wrap(dataset))
                  .query(sparql)
                  .set(TDB2.symUnionDefaultGraph, true)
                  .build()) {
            ResultSet rs = qe.execSelect();
            return ResultSetFactory.copyResults(rs);
          }
        });
  }

  public static ResultSetRewindable select(String sparql) {
    return select(store().dataset(), sparql);
  }
}
