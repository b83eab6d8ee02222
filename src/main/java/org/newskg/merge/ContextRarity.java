package org.newskg.merge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.merge.EventCoreference.Candidate;

/**
 * How rare each word of the mentions' contexts is among the documents clustered together, and so
 * how much two mentions' sentences share beyond what every report says. A word counts
 * log(N / df) / log(N) for N documents of which df have it in a mention's context: 1 for a word
 * of one document only, 0 for a word of all, so that the weight of what two sentences share does
 * not grow with the size of the store.
 */
record ContextRarity(Map<String, Double> weights) {
  ContextRarity {
    weights = Map.copyOf(weights);
  }

  static ContextRarity of(List<Candidate> events) {
    Map<String, Set<String>> docsOf = new HashMap<>();
    Set<String> docs = new HashSet<>();
    for (Candidate c : events) {
      docs.add(c.doc());
      for (String f : c.context()) {
        docsOf.computeIfAbsent(f, k -> new HashSet<>()).add(c.doc());
      }
    }
    Map<String, Double> out = new HashMap<>();
    double norm = Math.log(docs.size());
    if (norm > 0) {
      docsOf.forEach((f, ds) -> out.put(f, Math.log((double) docs.size() / ds.size()) / norm));
    }
    return new ContextRarity(out);
  }

  /** The rarity of one context feature: 0 for one no mention's context has. */
  double weight(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }

  /** The summed rarity of the context features two mentions share. */
  double shared(Candidate a, Candidate b) {
    double sum = 0;
    for (String f : a.context()) {
      if (b.context().contains(f)) {
        sum += weights.getOrDefault(f, 0.0);
      }
    }
    return sum;
  }
}
