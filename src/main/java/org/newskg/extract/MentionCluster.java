package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.MentionKind;

/** The mentions gathered for one entity while an article is read. */
final class MentionCluster {
  final List<NamedMentionFilter.Named> named = new ArrayList<>();
  /** Pronouns and descriptions ("the organization") that coreference attaches. */
  final List<EntityMention> attached = new ArrayList<>();
  final List<Role> roles = new ArrayList<>();

  void absorb(MentionCluster other) {
    named.addAll(other.named);
    attached.addAll(other.attached);
    roles.addAll(other.roles);
  }

  /** Names proper, not demonyms or seats standing for a country. */
  private List<NamedMentionFilter.Named> names() {
    List<NamedMentionFilter.Named> out = named.stream().filter(n -> !n.standIn()).toList();
    return out.isEmpty() ? named : out;
  }

  /** The type most of its names have; the first seen wins a tie. */
  EntityType type() {
    Map<EntityType, Integer> votes = new HashMap<>();
    List<NamedMentionFilter.Named> names = names();
    EntityType best = names.get(0).type();
    for (NamedMentionFilter.Named n : names) {
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

  /**
   * The fullest canonical spelling: most words, then not in capitals, then most used, then the
   * first in alphabetical order, so that the choice depends on the names, not on where they
   * stand in the text.
   */
  String canonicalName() {
    Map<String, Integer> uses = new HashMap<>();
    for (NamedMentionFilter.Named n : names()) {
      uses.merge(n.display(), 1, Integer::sum);
    }
    String best = null;
    for (String d : uses.keySet()) {
      if (best == null || better(d, uses.get(d), best, uses.get(best))) {
        best = d;
      }
    }
    return best;
  }

  private static boolean better(String a, int usesA, String b, int usesB) {
    int wa = a.split(" ").length;
    int wb = b.split(" ").length;
    if (wa != wb) {
      return wa > wb;
    }
    boolean capsA = a.equals(a.toUpperCase(java.util.Locale.ROOT));
    boolean capsB = b.equals(b.toUpperCase(java.util.Locale.ROOT));
    if (capsA != capsB) {
      return capsB; // "Dallas" over a dateline's "DALLAS"
    }
    if (usesA != usesB) {
      return usesA > usesB;
    }
    return a.compareTo(b) < 0;
  }

  String key() {
    return EntityNames.key(canonicalName());
  }

  Entity toEntity() {
    String canonical = canonicalName();
    Set<String> alternates = new LinkedHashSet<>();
    List<EntityMention> mentions = new ArrayList<>();
    Map<Span, String> literal = new HashMap<>();
    for (NamedMentionFilter.Named n : named) {
      if (!n.standIn() && !n.bareName().equals(canonical)) {
        alternates.add(n.bareName());
      }
      Span span = new Span(n.entity().begin(), n.entity().end());
      if (!n.literalKey().isEmpty()) {
        literal.put(span, n.literalKey());
      }
      mentions.add(new EntityMention(span, n.entity().text(), MentionKind.PROPER));
    }
    mentions.addAll(attached);
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return new Entity(
        EntityNames.key(canonical),
        type(),
        placeKind(),
        canonical,
        List.copyOf(alternates),
        dedupe(mentions),
        roles,
        literal);
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
}
