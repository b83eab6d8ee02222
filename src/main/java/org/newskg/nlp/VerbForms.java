package org.newskg.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;

/**
 * The verb lemma of a word form whatever its tag: the tagger sometimes reads a reporting verb as a
 * plural noun or a gerund noun ("the Department of Agriculture notes, “…”", "with one poster
 * writing “…”"), and the attribution rules need to see the verb it also is.
 */
public final class VerbForms {
  private VerbForms() {}

  /** The lemma {@code word} would have as a verb, guessing the tense from its ending. */
  public static String lemmaAsVerb(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String tag = w.endsWith("ing") ? "VBG" : w.endsWith("ed") ? "VBD" : w.endsWith("s") ? "VBZ" : "VB";
    return Morphology.lemmaStatic(w, tag).toLowerCase(Locale.ROOT);
  }
}
