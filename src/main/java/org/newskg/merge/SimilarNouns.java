package org.newskg.merge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.nlp.WordNet;
import org.newskg.nlp.WordVectors;

/**
 * Whether two different head nouns can be two words for one participant ("prisoner" and
 * "inmate", "starlet" and "actress"), near-synonyms that WordNet's first senses do not list.
 * Word vectors (CoreNLP's coreference vectors) place such words close, but they place words of
 * contrasting kinds just as close ("husband" and "wife" 0.97, "mother" and "father" 0.90): so
 * nouns whose two most frequent WordNet senses have a direct hypernym in common ("spouse",
 * "parent") are sisters and never count as alike, whatever their cosine.
 */
final class SimilarNouns {
  private final WordVectors vectors;
  private final WordNet wordNet;
  private final double threshold;
  private final Map<String, Optional<double[]>> vectorOf = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> hypernymsOf = new ConcurrentHashMap<>();

  /**
   * @param threshold the least cosine of two words' vectors for them to be alike
   */
  SimilarNouns(WordVectors vectors, WordNet wordNet, double threshold) {
    this.vectors = vectors;
    this.wordNet = wordNet;
    this.threshold = threshold;
  }

  /** Whether the two nouns are one, or close in the vectors and no sisters in WordNet. */
  boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Optional<double[]> x = vectorOf.computeIfAbsent(a, vectors::vector);
    Optional<double[]> y = vectorOf.computeIfAbsent(b, vectors::vector);
    if (x.isEmpty() || y.isEmpty() || WordVectors.cosine(x.get(), y.get()) < threshold) {
      return false;
    }
    Set<String> shared = new HashSet<>(hypernyms(a));
    shared.retainAll(hypernyms(b));
    return shared.isEmpty();
  }

  /** The direct hypernyms of the word's two most frequent noun senses. */
  private Set<String> hypernyms(String word) {
    return hypernymsOf.computeIfAbsent(
        word,
        w -> {
          Set<String> out = new HashSet<>();
          List<WordNet.Sense> senses = wordNet.senses(w, WordNet.Pos.NOUN);
          for (WordNet.Sense s : senses.subList(0, Math.min(2, senses.size()))) {
            wordNet.hypernyms(s).forEach(h -> out.add(h.id()));
          }
          return out;
        });
  }
}
