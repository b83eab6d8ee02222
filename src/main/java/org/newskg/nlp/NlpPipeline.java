package org.newskg.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP behind one door. Building one loads the models (tens of seconds, gigabytes of
 * heap), so a process builds one and shares it; {@link #analyze} is safe to call from several
 * threads.
 */
public final class NlpPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);
  public static final String CORENLP_VERSION = "Stanford CoreNLP 4.5.10";

  /** Pipelines already built in this process, by settings: models load once per process. */
  private static final Map<NlpSettings, NlpPipeline> SHARED = new ConcurrentHashMap<>();

  private final NlpSettings settings;
  private final StanfordCoreNLP coreNlp;

  private NlpPipeline(NlpSettings settings, StanfordCoreNLP coreNlp) {
    this.settings = settings;
    this.coreNlp = coreNlp;
  }

  /** The process's pipeline for these settings, built on first use. */
  public static NlpPipeline shared(NlpSettings settings) {
    return SHARED.computeIfAbsent(settings, NlpPipeline::create);
  }

  /** A new pipeline; prefer {@link #shared} unless a private one is really wanted. */
  public static NlpPipeline create(NlpSettings settings) {
    long start = System.nanoTime();
    Properties props = new Properties();
    settings.coreNlpProperties().forEach(props::setProperty);
    StanfordCoreNLP coreNlp = new StanfordCoreNLP(props);
    LOG.info("CoreNLP models loaded in {} s", (System.nanoTime() - start) / 1_000_000_000L);
    return new NlpPipeline(settings, coreNlp);
  }

  public NlpSettings settings() {
    return settings;
  }

  /** The CoreNLP properties in force, for provenance. */
  public Map<String, String> properties() {
    return settings.coreNlpProperties();
  }

  /**
   * Analyses one text. Times ("on Monday", "last week") are normalised against {@code
   * documentDate} when it is given.
   */
  public Analysis analyze(String text, Optional<LocalDate> documentDate) {
    Annotation annotation = CoreNlpConversion.newAnnotation(text, documentDate);
    coreNlp.annotate(annotation);
    return CoreNlpConversion.toAnalysis(annotation, text, documentDate);
  }
}
