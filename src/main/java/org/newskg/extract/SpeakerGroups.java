package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * The organization or team a quoted person speaks for: the one a role of the speaker names ("Acme
 * spokesman", "Ruritania's coach", where the country is a side in a match and so stands for its
 * team), or, when no role names one, the group a title of the speaker is held in ("team member Ana
 * Ruiz", "a member of the team"): the organization, named or not, that the article last described
 * by that noun before the quote ("the team"). Roles naming two organizations give none.
 */
final class SpeakerGroups {
  /** A speaker's group: a named organization of the article or an unnamed one. */
  record Group(Optional<Entity> entity, Optional<UnnamedParticipant> participant) {
    Group {
      if (entity.isPresent() == participant.isPresent()) {
        throw new IllegalArgumentException("a group is an entity or a participant, not both");
      }
    }
  }

  /** A description of an organization, with what it describes. */
  private record Description(Span span, String headLemma, Group group) {}

  private final DependencyTree tree;
  private final List<Entity> entities;
  private final Map<String, Entity> byKey = new HashMap<>();
  private final List<Description> descriptions = new ArrayList<>();

  SpeakerGroups(
      DependencyTree tree, List<Entity> entities, List<UnnamedParticipant> participants) {
    this.tree = tree;
    this.entities = entities;
    entities.forEach(e -> byKey.putIfAbsent(e.key(), e));
    for (Entity e : entities) {
      if (e.type() == EntityType.ORGANIZATION) {
        Group g = new Group(Optional.of(e), Optional.empty());
        e.mentions().forEach(m -> describe(m, g));
      }
    }
    for (UnnamedParticipant p : participants) {
      if (p.type() == EntityType.ORGANIZATION) {
        Group g = new Group(Optional.empty(), Optional.of(p));
        p.mentions().forEach(m -> describe(m, g));
      }
    }
  }

  private void describe(EntityMention m, Group g) {
    if (m.kind() == MentionKind.NOMINAL) {
      singularHead(m.span()).ifPresent(h -> descriptions.add(new Description(m.span(), h, g)));
    }
  }

  Optional<Entity> entity(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The group of a speaker whose words in the attribution are {@code speakerWords}. */
  Optional<Group> of(Entity speaker, Optional<Span> speakerWords, Span quote) {
    Set<Entity> named = new LinkedHashSet<>();
    Set<String> nouns = new LinkedHashSet<>();
    for (Role r : speaker.roles()) {
      Optional<Entity> affiliation = r.affiliationKey().map(byKey::get);
      if (affiliation.isPresent()) {
        organizationOf(affiliation.get()).ifPresent(named::add);
      } else {
        nouns.addAll(groupNouns(r.evidence()));
      }
    }
    if (!named.isEmpty()) {
      return named.size() == 1
          ? Optional.of(new Group(Optional.of(named.iterator().next()), Optional.empty()))
          : Optional.empty();
    }
    speakerWords.ifPresent(w -> nouns.addAll(groupNouns(w)));
    speaker.mentions().stream()
        .filter(m -> m.kind() == MentionKind.NOMINAL)
        .forEach(m -> nouns.addAll(groupNouns(m.span())));
    return lastDescribed(nouns, quote.begin());
  }

  /**
   * The organization, named or not, that the article last described before a character offset by
   * a singular description headed by one of the nouns ("the team").
   */
  Optional<Group> lastDescribed(Set<String> nouns, int before) {
    Description last = null;
    for (Description d : descriptions) {
      if (nouns.contains(d.headLemma())
          && d.span().end() <= before
          && (last == null || d.span().end() > last.span().end())) {
        last = d;
      }
    }
    return Optional.ofNullable(last).map(Description::group);
  }

  /**
   * An organization stands for itself; a country stands for the one organization that names it
   * literally (its national team, in a report of a match).
   */
  private Optional<Entity> organizationOf(Entity affiliation) {
    if (affiliation.type() == EntityType.ORGANIZATION) {
      return Optional.of(affiliation);
    }
    if (affiliation.type() != EntityType.PLACE) {
      return Optional.empty();
    }
    List<Entity> standing =
        entities.stream()
            .filter(e -> e.type() == EntityType.ORGANIZATION)
            .filter(e -> e.literalReferents().containsValue(affiliation.key()))
            .toList();
    return standing.size() == 1 ? Optional.of(standing.get(0)) : Optional.empty();
  }

  /**
   * The lemmas of the groups a phrase's titles are held in: the common nouns compounded with a
   * title noun ("team" of "team member Ana Ruiz") or after its "of" ("a member of the team"). A
   * title is the phrase's head, when a common noun, or a common noun compounded with it.
   */
  private Set<String> groupNouns(Span span) {
    Set<String> out = new LinkedHashSet<>();
    for (Token head : MentionSpans.tokensIn(tree.analysis(), span)) {
      if (!head.isRoot() && span.contains(tokenSpan(tree.token(head.head())))) {
        continue; // not the phrase's head
      }
      List<Integer> titles = new ArrayList<>();
      if (isCommonNoun(head)) {
        titles.add(head.index());
      }
      for (int c : tree.children(head.index())) {
        if (tree.token(c).relation().equals("compound") && isCommonNoun(tree.token(c))) {
          titles.add(c);
        }
      }
      for (int title : titles) {
        for (int c : tree.children(title)) {
          if (isCommonNoun(tree.token(c)) && (isCompound(c) || isOfPhrase(c))) {
            out.add(tree.token(c).lemma().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return out;
  }

  private boolean isCompound(int t) {
    return tree.token(t).relation().equals("compound");
  }

  private boolean isOfPhrase(int t) {
    return tree.token(t).relation().startsWith("nmod")
        && tree.child(t, "case").map(k -> tree.token(k).lemma().equals("of")).orElse(false);
  }

  /**
   * The lemma of a description's head when singular: the last common noun before a comma or a
   * relative word ("team" of "The six-member team, which won"); "teams" describes several.
   */
  private Optional<String> singularHead(Span span) {
    Token head = null;
    for (Token t : MentionSpans.tokensIn(tree.analysis(), span)) {
      if (t.word().equals(",") || t.pos().startsWith("W")) {
        break;
      }
      if (isCommonNoun(t)) {
        head = t;
      }
    }
    return head == null || !head.pos().equals("NN")
        ? Optional.empty()
        : Optional.of(head.lemma().toLowerCase(Locale.ROOT));
  }

  private static Span tokenSpan(Token t) {
    return new Span(t.begin(), t.end());
  }

  private static boolean isCommonNoun(Token t) {
    return t.pos().equals("NN") || t.pos().equals("NNS");
  }
}
