package org.newskg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newskg.nlp.MentionKind;

/**
 * Organizations named through a description that speaks. The name set beside the description's
 * noun ("Freedonia's official news agency Norpress said", "the Norpress news agency said") is the speaker.
 * A definite organization noun that speaks right after a named organization spoke is that
 * organization: "…, Freedonia's news agency FNA said. ¶ “…,” the agency reported." News refers back to
 * an organization by what it is ("the firm", "the agency") where coreference often finds no link.
 * Only when the named organization spoke in the same or the sentence before, and no other
 * organization is named in between ("Reuters reported that Acme … the company said" is Acme's).
 */
final class OrganizationSpeakers {
  private final DependencyTree tree;
  /** Body mentions of named organizations: start offset to entity key. */
  private final TreeMap<Integer, String> mentions = new TreeMap<>();
  /** Named organizations met as speakers: the speaker token to entity key. */
  private final TreeMap<Integer, String> speakers = new TreeMap<>();

  OrganizationSpeakers(DependencyTree tree, List<Entity> entities, Predicate<Span> inBody) {
    this.tree = tree;
    for (Entity e : entities) {
      if (e.type() == EntityType.ORGANIZATION) {
        e.mentions().stream()
            .filter(m -> m.kind() == MentionKind.PROPER && inBody.test(m.span()))
            .forEach(m -> mentions.put(m.span().begin(), e.key()));
      }
    }
  }

  /**
   * The token naming an organization in apposition or compound with a speaking noun that is not
   * a person's ("news agency Norpress"; not "Acme spokesman", whose speaker is the spokesman).
   */
  Optional<Integer> namedBeside(int noun, Map<Integer, String> entityOfToken) {
    if (SpeakerNouns.isPersonNoun(tree.token(noun))) {
      return Optional.empty();
    }
    return tree.children(noun).stream()
        .filter(c -> tree.token(c).relation().equals("appos") || tree.token(c).relation().equals("compound"))
        .filter(c -> entityOfToken.containsKey(c) && mentions.containsValue(entityOfToken.get(c)))
        .findFirst();
  }

  /** Records that the token names organization {@code key} as a speaker. */
  void spoke(int token, String key) {
    if (mentions.containsValue(key)) {
      speakers.put(token, key);
    }
  }

  /** The organization the definite noun at {@code noun} refers back to, if one just spoke. */
  Optional<String> referredToBy(int noun) {
    var last = speakers.lowerEntry(noun);
    if (last == null || tree.token(noun).sentence() - tree.token(last.getKey()).sentence() > 1) {
      return Optional.empty();
    }
    String key = last.getValue();
    boolean otherBetween =
        mentions.subMap(tree.token(last.getKey()).begin(), tree.token(noun).begin()).values().stream()
            .anyMatch(k -> !k.equals(key));
    return otherBetween ? Optional.empty() : Optional.of(key);
  }
}
