package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * CoreNLP's own quote attribution: its {@code quote} annotator with speaker attribution, after the
 * same annotators and settings as {@link NlpPipeline}. It finds direct quotes only and gives each
 * the speaker it guesses. newskg does not use it; the attribution evaluation scores it as the
 * baseline the issue names ("the obvious shortcut").
 */
public final class CoreNlpQuoteAttribution {
  private static final String QUOTE_MARKS = "\"“”'‘’";

  /**
   * One quotation: the characters between its marks and the speaker CoreNLP names, as written in
   * the text ("Ms. Ruiz", "the spokesman"), when it names one.
   */
  public record AttributedQuote(int begin, int end, Optional<String> speaker) {}

  private final StanfordCoreNLP coreNlp;

  private CoreNlpQuoteAttribution(StanfordCoreNLP coreNlp) {
    this.coreNlp = coreNlp;
  }

  /** Builds the pipeline: loads the models (tens of seconds), so build one per process. */
  public static CoreNlpQuoteAttribution create(NlpSettings settings) {
    Properties props = new Properties();
    settings.coreNlpProperties().forEach(props::setProperty);
    props.setProperty("annotators", props.getProperty("annotators") + ",quote");
    props.setProperty("quote.attributeQuotes", "true");
    return new CoreNlpQuoteAttribution(new StanfordCoreNLP(props));
  }

  /** The top-level quotations of a text with their speakers. */
  public List<AttributedQuote> attribute(String text, Optional<LocalDate> documentDate) {
    Annotation annotation = CoreNlpConversion.newAnnotation(text, documentDate);
    coreNlp.annotate(annotation);
    List<AttributedQuote> quotes = new ArrayList<>();
    for (CoreMap q : annotation.get(CoreAnnotations.QuotationsAnnotation.class)) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (begin < end && QUOTE_MARKS.indexOf(text.charAt(begin)) >= 0) {
        begin++;
      }
      if (begin < end && QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      quotes.add(new AttributedQuote(begin, end, speaker(q)));
    }
    return quotes;
  }

  /** The speaker's name as CoreNLP resolved it, else the words of the mention it chose. */
  private static Optional<String> speaker(CoreMap quote) {
    for (String s :
        new String[] {
          quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class),
          quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class),
          quote.get(QuoteAttributionAnnotator.MentionAnnotation.class)
        }) {
      if (s != null && !s.isBlank()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
