package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * An organization the article names that begins another organization's name is named inside it
 * too: "Acme" in "Acme Science Prize" and "Acme Research" when the article names Acme. The first
 * words of such a name say whose it is; the longer name stays one mention of its own entity, and
 * the owner gets a mention inside it (so a reader who asks which articles speak of Acme finds the
 * one that names its prize only there), as places inside names do ({@link NestedPlaces}).
 *
 * <p>Only a first part followed by a capitalised word counts: "Church" before "of Veloria" is the
 * head of the name, not another organization. Like places inside names, these mentions are added
 * after statements and events, which never see them.
 */
final class NestedOrganizations {
  private NestedOrganizations() {}

  /** The entities with the organizations that begin other organizations' names added. */
  static List<Entity> add(Analysis analysis, List<Entity> entities) {
    Map<String, Entity> organizations = new LinkedHashMap<>();
    Set<Span> taken = MentionSpans.spansOf(entities);
    for (Entity e : entities) {
      if (e.type() == EntityType.ORGANIZATION) {
        organizations.putIfAbsent(e.key(), e);
      }
    }
    Map<String, List<EntityMention>> nested = new LinkedHashMap<>();
    for (MentionSpans.OrganizationName name : MentionSpans.organizationNames(entities)) {
      List<Token> tokens = tokensOf(analysis, name.mention().span());
      for (int length = tokens.size() - 1; length >= 1; length--) {
        Span inner = new Span(tokens.get(0).begin(), tokens.get(length - 1).end());
        if (!MentionSpans.startsUpper(tokens.get(length)) || taken.contains(inner)) {
          continue;
        }
        String key =
            EntityNames.keyOf(inner.of(analysis.text()), EntityType.ORGANIZATION, PlaceKind.NONE);
        Entity owner = organizations.get(key);
        if (owner != null && !owner.key().equals(name.organization().key())) {
          nested
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(new EntityMention(inner, inner.of(analysis.text()), MentionKind.PROPER));
          taken.add(inner);
          break;
        }
      }
    }
    // Every key is an organization of the article, so no new entity is ever made.
    return LateMentions.add(
        entities, nested, key -> EntityType.ORGANIZATION, (key, mentions) -> organizations.get(key));
  }

  /** The tokens of a span, a leading "the" left out ("The Acme Science Prize"). */
  private static List<Token> tokensOf(Analysis analysis, Span span) {
    List<Token> out = MentionSpans.tokensIn(analysis, span);
    if (!out.isEmpty() && out.get(0).word().equalsIgnoreCase("the")) {
      out.remove(0);
    }
    return out;
  }
}
