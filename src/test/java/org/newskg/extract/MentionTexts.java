package org.newskg.extract;

import java.util.List;

/** The texts of the mentions of one entity key, for tests of extraction rules. */
final class MentionTexts {
  private MentionTexts() {}

  static List<String> of(List<Entity> entities, String key) {
    return entities.stream()
        .filter(e -> e.key().equals(key))
        .flatMap(e -> e.mentions().stream())
        .map(EntityMention::text)
        .toList();
  }
}
