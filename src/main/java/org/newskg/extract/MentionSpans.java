package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * Where an article's entity mentions and names lie in its tokens: what the rules that add
 * mentions after extraction (places and organizations inside names, untagged names) read to
 * find free words and the names to look inside.
 */
final class MentionSpans {
  private MentionSpans() {}

  /** A proper-name mention of an organization, with the organization. */
  record OrganizationName(Entity organization, EntityMention mention) {}

  /** The proper-name mentions of the article's organizations, where names inside names lie. */
  static List<OrganizationName> organizationNames(List<Entity> entities) {
    List<OrganizationName> out = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.ORGANIZATION) {
        e.mentions().stream()
            .filter(m -> m.kind() == MentionKind.PROPER)
            .forEach(m -> out.add(new OrganizationName(e, m)));
      }
    }
    return out;
  }

  /** The spans of every mention of the entities. */
  static Set<Span> spansOf(List<Entity> entities) {
    Set<Span> out = new HashSet<>();
    entities.forEach(e -> e.mentions().forEach(m -> out.add(m.span())));
    return out;
  }

  /** The tokens that lie inside a span, in text order. */
  static List<Token> tokensIn(Analysis analysis, Span span) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : analysis.tokens()) {
      if (t.begin() >= span.begin() && t.end() <= span.end()) {
        tokens.add(t);
      }
    }
    return tokens;
  }

  static boolean startsUpper(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }
}
