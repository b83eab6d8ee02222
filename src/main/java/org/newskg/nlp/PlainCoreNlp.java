package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;

/**
 * Stanford CoreNLP with exactly the annotators and properties of {@link NlpPipeline}, and nothing
 * after it: no conversion, no extraction. The baseline that the benchmark measures newskg against.
 * Built after the shared pipeline with the same settings, it uses the same models, which CoreNLP
 * keeps in a process-wide pool keyed by their properties.
 */
public final class PlainCoreNlp {
  private final StanfordCoreNLP coreNlp;

  private PlainCoreNlp(StanfordCoreNLP coreNlp) {
    this.coreNlp = coreNlp;
  }

  public static PlainCoreNlp create(NlpSettings settings) {
    Properties props = new Properties();
    settings.coreNlpProperties().forEach(props::setProperty);
    return new PlainCoreNlp(new StanfordCoreNLP(props));
  }

  /**
   * Annotates one text as {@link NlpPipeline#analyze} does (the same document date for times), and
   * returns the number of tokens, so that the work cannot be optimised away.
   */
  public int annotate(String text, Optional<LocalDate> documentDate) {
    Annotation annotation = CoreNlpConversion.newAnnotation(text, documentDate);
    coreNlp.annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
