package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.NamedEntity;

/**
 * People and organizations a photo or video credit names ("Image: Ana Ruiz", "Photo: Acme News /
 * Ana Ruiz"). They are entities of the article's graph like any other, but found after statements
 * and events, which never see them: a credit names who took or published a picture, never who
 * said or did something. A credited name joins the article's entity of the same name and type, or
 * is an entity of its own with only its credit mentions; coreference, roles and joins of names
 * never reach into a credit.
 */
final class CreditedNames {
  private CreditedNames() {}

  /** One credited name: its type and canonical spelling. */
  private record Credited(EntityType type, String display) {}

  /** The entities with every credited name added. */
  static List<Entity> add(Analysis analysis, List<Zone> zones, List<Entity> entities) {
    Map<String, List<EntityMention>> credited = new LinkedHashMap<>();
    Map<String, Credited> names = new LinkedHashMap<>();
    for (NamedEntity found : analysis.entities()) {
      NamedEntity ne = NamedMentionFilter.withinOneLine(analysis, found);
      Span span = new Span(ne.begin(), ne.end());
      EntityType type = NamedMentionFilter.typeOf(ne.type()).orElse(EntityType.PLACE);
      if (type == EntityType.PLACE || !inCredit(span, zones)) {
        continue; // places are where a picture was taken, not who took it
      }
      String display = EntityNames.display(Names.bare(ne.text()), type, PlaceKind.NONE);
      String key = EntityNames.key(display);
      if (key.isEmpty() || (names.containsKey(key) && names.get(key).type() != type)) {
        continue;
      }
      names.putIfAbsent(key, new Credited(type, display));
      credited
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(new EntityMention(span, ne.text(), MentionKind.PROPER));
    }
    return LateMentions.add(
        entities,
        credited,
        key -> names.containsKey(key) ? names.get(key).type() : null,
        (key, mentions) -> {
          Credited c = names.get(key);
          return new Entity(key, c.type(), PlaceKind.NONE, c.display(), List.of(), mentions, List.of());
        });
  }

  private static boolean inCredit(Span span, List<Zone> zones) {
    return zones.stream().anyMatch(z -> z.kind() == ZoneKind.CREDIT && z.span().contains(span));
  }
}
