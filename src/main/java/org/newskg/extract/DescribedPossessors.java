package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * A definite possessor inside another thing's description, "the Afghan team's" of "the Afghan
 * team's robot", is a mention of its own: of the organization, named or not, that the article last
 * described by its singular noun before it ({@link SpeakerGroups#lastDescribed}). The description
 * it sits in keeps its own mention.
 */
final class DescribedPossessors {
  /** A possessor found, with the organization it mentions. */
  record Possessor(SpeakerGroups.Group group, EntityMention mention) {}

  private DescribedPossessors() {}

  /** The possessors that are no mention yet; their spans are added to {@code taken}. */
  static List<Possessor> find(DependencyTree tree, SpeakerGroups groups, Set<Span> taken) {
    List<Possessor> out = new ArrayList<>();
    for (Token t : tree.analysis().tokens()) {
      if (!t.relation().equals("nmod:poss") || !t.pos().equals("NN") || !isDefinite(tree, t)) {
        continue;
      }
      int[] range = tree.subtreeRange(t.index());
      Span span = new Span(tree.token(range[0]).begin(), tree.token(range[1] - 1).end());
      if (taken.contains(span)) {
        continue;
      }
      Optional<SpeakerGroups.Group> group =
          groups.lastDescribed(Set.of(t.lemma().toLowerCase(Locale.ROOT)), span.begin());
      if (group.isPresent()) {
        String text = span.of(tree.analysis().text());
        out.add(new Possessor(group.get(), new EntityMention(span, text, MentionKind.NOMINAL)));
        taken.add(span);
      }
    }
    return out;
  }

  private static boolean isDefinite(DependencyTree tree, Token noun) {
    return tree.child(noun.index(), "det")
        .map(d -> tree.token(d).lemma().equalsIgnoreCase("the"))
        .orElse(false);
  }
}
