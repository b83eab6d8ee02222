package org.newskg.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.simple.SimpleMatrix;
import org.newskg.KgException;

/**
 * The word vectors of CoreNLP's neural coreference model, shipped in the CoreNLP {@code models}
 * jar newskg already depends on: about 103,000 lower-case English words, 50 dimensions each
 * (about half a second to load, 64 MiB of heap). Words are looked up lower-cased; a word the
 * table lacks has no vector, never the table's "unknown" vector, so that two unknown words are
 * not taken as alike. Loaded once per process, on first use; read-only, so safe to share.
 */
public final class WordVectors {
  static final String RESOURCE = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

  private static final class Holder {
    static final WordVectors INSTANCE = load();
  }

  private final Embedding embedding;

  private WordVectors(Embedding embedding) {
    this.embedding = embedding;
  }

  /** The process's word vectors, loaded on first use. */
  public static WordVectors get() {
    return Holder.INSTANCE;
  }

  private static WordVectors load() {
    try {
      return new WordVectors(
          (Embedding) IOUtils.readObjectFromURLOrClasspathOrFileSystem(RESOURCE));
    } catch (Exception e) {
      throw new KgException(
          "cannot load CoreNLP's word vectors " + RESOURCE + " from the classpath: " + e, e);
    }
  }

  /** The vector of a word (any case), if the table has the word. */
  public Optional<double[]> vector(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    if (!embedding.containsWord(key)) {
      return Optional.empty();
    }
    SimpleMatrix column = embedding.get(key);
    double[] values = new double[column.getNumElements()];
    for (int i = 0; i < values.length; i++) {
      values[i] = column.get(i);
    }
    return Optional.of(values);
  }

  /** The cosine of two words' vectors, if the table has both. */
  public OptionalDouble cosine(String a, String b) {
    Optional<double[]> x = vector(a);
    Optional<double[]> y = vector(b);
    return x.isPresent() && y.isPresent()
        ? OptionalDouble.of(cosine(x.get(), y.get()))
        : OptionalDouble.empty();
  }

  /** The cosine of two vectors of one length; 0 when either is all zeros. */
  public static double cosine(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("vectors of " + x.length + " and " + y.length + " values");
    }
    double dot = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
      xx += x[i] * x[i];
      yy += y[i] * y[i];
    }
    return xx == 0 || yy == 0 ? 0 : dot / Math.sqrt(xx * yy);
  }
}
