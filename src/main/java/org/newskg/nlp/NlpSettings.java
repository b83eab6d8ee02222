package org.newskg.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the CoreNLP pipeline is built. Every setting ends up in each article graph's provenance, so
 * that a graph says which analysis made it.
 *
 * @param corefAlgorithm CoreNLP's {@code coref.algorithm}: "fastneural" or "statistical" (both run
 *     on dependency parses; the constituency-parser algorithms cost several times more)
 * @param maxSentenceTokens sentences longer than this are not dependency-parsed (CoreNLP's
 *     {@code depparse.maxlength} … guards time and memory on run-on input)
 */
public record NlpSettings(String corefAlgorithm, int maxSentenceTokens) {

  public static final NlpSettings DEFAULT = new NlpSettings("statistical", 120);

  public NlpSettings {
    Objects.requireNonNull(corefAlgorithm, "corefAlgorithm");
    if (!corefAlgorithm.equals("fastneural") && !corefAlgorithm.equals("statistical")) {
      throw new IllegalArgumentException(
          "coref algorithm '%s' is not one of fastneural, statistical".formatted(corefAlgorithm));
    }
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException(
          "max sentence tokens %d is below 10".formatted(maxSentenceTokens));
    }
  }

  /**
   * Everything an analysis depends on besides its text and date: CoreNLP's version and every
   * property in force, one {@code key=value} a line. A cache of analyses keys on it, so that a
   * changed property (not only a changed field of this record) is never served an old analysis.
   */
  public String fingerprint() {
    StringBuilder b = new StringBuilder(NlpPipeline.CORENLP_VERSION).append('\n');
    coreNlpProperties().forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    return b.toString();
  }

  /** The CoreNLP properties these settings stand for, in a stable order. */
  Map<String, String> coreNlpProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    p.put("tokenize.language", "en");
    // A line break ends a sentence: news text comes one paragraph (or one sentence) a line, and
    // headlines, captions and datelines carry no full stop.
    p.put("ssplit.newlineIsSentenceBreak", "always");
    p.put("ner.applyFineGrained", "true");
    p.put("ner.buildEntityMentions", "true");
    p.put("ner.useSUTime", "true");
    p.put("sutime.markTimeRanges", "true");
    p.put("sutime.includeRange", "true");
    p.put("depparse.maxlength", Integer.toString(maxSentenceTokens));
    p.put("coref.algorithm", corefAlgorithm);
    p.put("coref.md.type", "dependency");
    p.put("coref.maxMentionDistance", "50");
    return p;
  }
}
