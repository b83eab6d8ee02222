package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.MentionKind;

/** The named mentions (and later pronouns) gathered for one entity while an article is read. */
final class MentionCluster {
  final List<NamedMentionFilter.Named> named = new ArrayList<>();
  final List<EntityMention> pronouns = new ArrayList<>();
  final List<Role> roles = new ArrayList<>();

  void absorb(MentionCluster other) {
    named.addAll(other.named);
    pronouns.addAll(other.pronouns);
    roles.addAll(other.roles);
  }

  /** The type most of its named mentions have; the first seen wins a tie. */
  EntityType type() {
    Map<EntityType, Integer> votes = new HashMap<>();
    EntityType best = named.get(0).type();
    for (NamedMentionFilter.Named n : named) {
      int v = votes.merge(n.type(), 1, Integer::sum);
      if (v > votes.getOrDefault(best, 0)) {
        best = n.type();
      }
    }
    return best;
  }

  PlaceKind placeKind() {
    for (NamedMentionFilter.Named n : named) {
      if (n.placeKind() != PlaceKind.NONE) {
        return n.placeKind();
      }
    }
    return PlaceKind.NONE;
  }

  /** The fullest name: most tokens, then earliest. */
  String canonicalName() {
    NamedMentionFilter.Named best = named.get(0);
    for (NamedMentionFilter.Named n : named) {
      if (tokenCount(n) > tokenCount(best)) {
        best = n;
      }
    }
    return best.bareName();
  }

  Entity toEntity() {
    String canonical = canonicalName();
    Set<String> alternates = new LinkedHashSet<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (NamedMentionFilter.Named n : named) {
      if (!n.bareName().equals(canonical)) {
        alternates.add(n.bareName());
      }
      Span span = new Span(n.entity().begin(), n.entity().end());
      mentions.add(new EntityMention(span, n.entity().text(), MentionKind.PROPER));
    }
    mentions.addAll(pronouns);
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return new Entity(
        Names.key(canonical),
        type(),
        placeKind(),
        canonical,
        List.copyOf(alternates),
        dedupe(mentions),
        roles);
  }

  private static List<EntityMention> dedupe(List<EntityMention> sorted) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).span().equals(m.span())) {
        out.add(m);
      }
    }
    return out;
  }

  private static int tokenCount(NamedMentionFilter.Named n) {
    return n.entity().endToken() - n.entity().firstToken();
  }
}
