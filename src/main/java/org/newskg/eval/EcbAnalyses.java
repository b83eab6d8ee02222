package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP analyses of ECB+ documents, made as ingest makes them: against the publication date the
 * text prints at its top, when it prints one (ECB+ has no document dates of its own). A cache
 * folder keeps them by text, date and NLP settings, so a change of settings is never served a
 * stale analysis.
 */
final class EcbAnalyses {
  private static final Logger LOG = LoggerFactory.getLogger(EcbAnalyses.class);

  private EcbAnalyses() {}

  static List<Analysis> of(List<EcbDocument> docs, NlpSettings settings, Optional<Path> cacheDir) {
    GzipAnalysisCache cache =
        new GzipAnalysisCache(cacheDir, settings, () -> NlpPipeline.shared(settings));
    List<Analysis> out = new ArrayList<>();
    for (EcbDocument doc : docs) {
      out.add(cache.analyze(doc.text(), doc.metadata().datePublished()));
      if (out.size() % 100 == 0) {
        LOG.info("{} of {} ECB+ documents analysed", out.size(), docs.size());
      }
    }
    return out;
  }
}
