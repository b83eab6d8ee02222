package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NlpPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP analyses of ECB+ documents, from a cache folder when one is given and holds them (ECB+
 * has no document dates, so the analyses are made without one).
 */
final class EcbAnalyses {
  private static final Logger LOG = LoggerFactory.getLogger(EcbAnalyses.class);

  private EcbAnalyses() {}

  static List<Analysis> of(
      List<EcbDocument> docs, Supplier<NlpPipeline> nlp, Optional<Path> cacheDir) {
    Optional<AnalysisCache> cache = cacheDir.map(AnalysisCache::new);
    List<Analysis> out = new ArrayList<>();
    int fresh = 0;
    for (EcbDocument doc : docs) {
      Optional<Analysis> cached = cache.flatMap(c -> c.read(doc.id(), doc.text()));
      Analysis a;
      if (cached.isPresent()) {
        a = cached.get();
      } else {
        a = nlp.get().analyze(doc.text(), Optional.empty());
        cache.ifPresent(c -> c.write(doc.id(), a));
        fresh++;
        if (fresh % 25 == 0) {
          LOG.info("analysed {} of {} ECB+ documents", out.size() + 1, docs.size());
        }
      }
      out.add(a);
    }
    return out;
  }
}
