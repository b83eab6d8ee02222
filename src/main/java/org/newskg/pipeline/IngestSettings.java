package org.newskg.pipeline;

import java.util.Objects;
import org.newskg.nlp.NlpSettings;

/**
 * Every setting of an ingest run, in one typed place.
 *
 * @param baseIri the base of minted IRIs
 * @param batchSize article graphs per write transaction
 * @param compactAfterCommits compact the store once this many write transactions have piled up
 * @param maxFileBytes inputs larger than this are refused
 */
public record IngestSettings(
    NlpSettings nlp, String baseIri, int batchSize, int compactAfterCommits, long maxFileBytes) {

  public static final IngestSettings DEFAULT =
      new IngestSettings(NlpSettings.DEFAULT, "https://w3id.org/newskg/id/", 100, 20, 10L << 20);

  public IngestSettings {
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(baseIri, "baseIri");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size %d is below 1".formatted(batchSize));
    }
    if (compactAfterCommits < 1) {
      throw new IllegalArgumentException(
          "compaction threshold %d is below 1".formatted(compactAfterCommits));
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("max file size %d is below 1".formatted(maxFileBytes));
    }
  }

  public IngestSettings withBatchSize(int size) {
    return new IngestSettings(nlp, baseIri, size, compactAfterCommits, maxFileBytes);
  }

  public IngestSettings withMaxFileBytes(long bytes) {
    return new IngestSettings(nlp, baseIri, batchSize, compactAfterCommits, bytes);
  }

  public IngestSettings withBaseIri(String iri) {
    return new IngestSettings(nlp, iri, batchSize, compactAfterCommits, maxFileBytes);
  }
}
