package org.newskg.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The named organization or place an unnamed one stands for when its description's noun is the
 * head of the name: "the church" in a story whose articles name "Vale Street Baptist Church", "the
 * hospital" beside "St. Anselm Hospital", "the ridge" beside "Harrow Ridge". The last word of
 * a name of two words or more says what kind of thing it names; when exactly one organization or
 * place of the story has a name of that kind, a reader takes the bare description for it. With two
 * ("the center" in a story of two named centers), or none, the description stays unnamed. Only
 * singular descriptions of organizations, places and things are read so: "the departments" are
 * several, and a person's name has no head noun of a kind.
 */
final class NameHeads {
  /** story → head noun of a name → the organizations and places (representatives) so named. */
  private final Map<String, Map<String, Set<String>>> byStory = new HashMap<>();

  /**
   * @param named organizations and places with the head noun of each of their names of two words
   *     or more, per article graph
   * @param story the story of each article graph
   * @param representatives the representative of each named entity IRI's class, for IRIs in one
   */
  NameHeads(
      List<DescriptionMerge.Described> named,
      Map<String, String> story,
      Map<String, String> representatives) {
    for (DescriptionMerge.Described d : named) {
      byStory
          .computeIfAbsent(story.getOrDefault(d.graph(), d.graph()), k -> new HashMap<>())
          .computeIfAbsent(d.noun(), k -> new TreeSet<>())
          .add(representatives.getOrDefault(d.entity(), d.entity()));
    }
  }

  /** The one named organization or place of the story whose name the description's noun heads. */
  Optional<String> entityOf(DescriptionMerge.Participant p, String story) {
    if (p.plural() || p.person()) {
      return Optional.empty();
    }
    Set<String> entities = byStory.getOrDefault(story, Map.of()).getOrDefault(p.lemma(), Set.of());
    return entities.size() == 1 ? Optional.of(entities.iterator().next()) : Optional.empty();
  }

  /** Whether a name has a head noun that says its kind: two words or more. */
  static boolean hasKindWord(String name) {
    return name.strip().split("\\s+").length > 1;
  }

  static IdentityDecision decision(DescriptionMerge.Participant p, String entity) {
    return new IdentityDecision(
        IdentityDecision.Kind.SAME_AS,
        p.iri(),
        Optional.of(entity),
        IdentityDecision.Reason.NAME_HEAD_IN_STORY,
        Optional.empty(),
        "'%s': the articles of its story name one organization or place only with a name headed by '%s'"
            .formatted(p.description(), p.lemma()),
        List.of(p.graph()),
        List.of());
  }
}
