package org.newskg.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.Span;

/**
 * Pairs detected event triggers with gold event mentions by span, one to one: first the triggers
 * whose span is exactly a gold span, then (unless strict) a trigger inside a longer gold span
 * ("checked" in "checked into", "fire" in "opened fire").
 */
final class EventMentionMatcher {
  private EventMentionMatcher() {}

  /** For each predicted span (by index) the gold mention id it matches, if any. */
  static Map<Integer, String> match(
      List<Span> predicted, List<EcbDocument.GoldMention> gold, boolean strict) {
    Map<Integer, String> out = new HashMap<>();
    Map<String, Boolean> taken = new HashMap<>();
    for (int i = 0; i < predicted.size(); i++) {
      for (EcbDocument.GoldMention g : gold) {
        if (!taken.containsKey(g.id()) && g.span().equals(predicted.get(i))) {
          out.put(i, g.id());
          taken.put(g.id(), true);
          break;
        }
      }
    }
    if (strict) {
      return out;
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (out.containsKey(i)) {
        continue;
      }
      for (EcbDocument.GoldMention g : gold) {
        if (!taken.containsKey(g.id()) && g.span().contains(predicted.get(i))) {
          out.put(i, g.id());
          taken.put(g.id(), true);
          break;
        }
      }
    }
    return out;
  }
}
