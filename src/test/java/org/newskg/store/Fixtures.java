package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** The two-article fixture, {@code src/test/resources/fixtures/two-articles.trig}, for tests. */
public final class Fixtures {
  public static final String TWO_ARTICLES = "fixtures/two-articles.trig";

  public static final String BASE = "https://w3id.org/newskg/id/";
  public static final String GRAPH_1 = BASE + "graph/fx-001/efebbf7f4d23aaee";
  public static final String GRAPH_2 = BASE + "graph/fx-002/e7e51033fd436412";
  public static final String ARTICLE_1 = BASE + "article/fx-001/efebbf7f4d23aaee";
  public static final String ARTICLE_2 = BASE + "article/fx-002/e7e51033fd436412";

  /** The entity both articles mention. */
  public static final String PESKOV = BASE + "person/dmitry-peskov";

  private Fixtures() {}

  /** The fixture in memory. */
  public static DatasetGraph inMemory() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    try (InputStream in = open()) {
      RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return dsg;
  }

  /** A TDB2 store in {@code dir} holding the fixture. */
  public static KgStore store(Path dir) {
    KgStore store = KgStore.open(dir);
    DatasetGraph dsg = store.dataset();
    Txn.executeWrite(
        dsg,
        () -> {
          try (InputStream in = open()) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
    return store;
  }

  /** The fixture file's bytes. */
  public static InputStream open() {
    InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(TWO_ARTICLES);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + TWO_ARTICLES);
    }
    return in;
  }

  public static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
