package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * Which entity each token belongs to, found by the offsets of every entity mention (names,
 * descriptions and resolved pronouns), and the country a nationality word points to ("Russian" to
 * the article's Russia).
 */
final class EntityIndex {
  private final Analysis analysis;
  private final Entity[] byToken;
  private final Map<String, Entity> byKey = new HashMap<>();

  EntityIndex(Analysis analysis, List<Entity> entities) {
    this.analysis = analysis;
    this.byToken = new Entity[analysis.tokens().size()];
    for (Entity e : entities) {
      byKey.put(e.key(), e);
      for (EntityMention m : e.mentions()) {
        for (Token t : analysis.tokens()) {
          if (m.span().contains(new Span(t.begin(), t.end())) && byToken[t.index()] == null) {
            byToken[t.index()] = e;
          }
        }
      }
    }
  }

  /** The entity a token is part of, or that a nationality word names ("Russian": Russia). */
  Optional<Entity> at(int token) {
    Entity e = byToken[token];
    if (e != null) {
      return Optional.of(e);
    }
    Token t = analysis.token(token);
    return t.ner().equals("NATIONALITY") ? country(t.word()) : Optional.empty();
  }

  Optional<Entity> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The place whose name begins like the nationality word: "Russian" and "Russia", "Ukrainian"
   * and "Ukraine", "British" and "Britain". Only places the article itself names.
   */
  private Optional<Entity> country(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Entity best = null;
    int bestLength = 0;
    for (Entity e : byKey.values()) {
      if (e.type() != EntityType.PLACE) {
        continue;
      }
      String k = e.key();
      int common = 0;
      while (common < Math.min(k.length(), w.length()) && k.charAt(common) == w.charAt(common)) {
        common++;
      }
      if (common >= 4 && common >= Math.min(k.length(), w.length()) - 2 && common > bestLength) {
        best = e;
        bestLength = common;
      }
    }
    return Optional.ofNullable(best);
  }
}
