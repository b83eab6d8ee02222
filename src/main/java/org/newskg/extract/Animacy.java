package org.newskg.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which common nouns denote people ("man", "victims", "police", "surgeon"), from the animacy lists
 * CoreNLP's deterministic coreference ships in its models jar (Bergsma and Lin's web counts). A
 * noun counts only when it is animate and not also listed inanimate, so that nouns of both kinds
 * ("host", "pilot" of a program) stay out.
 */
final class Animacy {
  private static final String DCOREF = "edu/stanford/nlp/models/dcoref/";
  private static final Animacy INSTANCE = new Animacy();

  private final Set<String> animate = new HashSet<>();

  static Animacy get() {
    return INSTANCE;
  }

  private Animacy() {
    Set<String> inanimate = new HashSet<>();
    for (String line : Gazetteer.lines(DCOREF + "inanimate.unigrams.txt")) {
      inanimate.add(line.strip().toLowerCase(Locale.ROOT));
    }
    for (String line : Gazetteer.lines(DCOREF + "animate.unigrams.txt")) {
      String w = line.strip().toLowerCase(Locale.ROOT);
      if (!w.isEmpty() && !inanimate.contains(w)) {
        animate.add(w);
      }
    }
  }

  /** Whether a common noun (its lemma or its word form) denotes a person or a group of people. */
  boolean isPerson(String lemma, String word) {
    return animate.contains(lemma.toLowerCase(Locale.ROOT))
        || animate.contains(word.toLowerCase(Locale.ROOT));
  }
}
