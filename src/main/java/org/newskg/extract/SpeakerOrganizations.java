package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * "We", "us" and "our" in a quote speak for the speaker's organization or team ({@link
 * SpeakerGroups}), not for the speaker, to whom {@link CorefAttacher} never gives them: "Acme
 * spokesman Ivan Petrov said, “We will appeal”" mentions Acme. A speaker with no such group keeps
 * the pronouns out, as before.
 *
 * <p>The possessors an organization's description leaves out ("the team's" of "the team's robot":
 * {@link DescribedPossessors}) are added to their organizations here too, by the same means.
 *
 * <p>Like the other late mentions, these are added after statements and events, which never see
 * them.
 */
final class SpeakerOrganizations {
  private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "us", "our", "ours");

  /** The article's entities and unnamed participants, with the pronouns and possessors added. */
  record Result(List<Entity> entities, List<UnnamedParticipant> participants) {
    Result {
      entities = List.copyOf(entities);
      participants = List.copyOf(participants);
    }
  }

  private SpeakerOrganizations() {}

  static Result add(
      Analysis analysis,
      List<Entity> entities,
      List<UnnamedParticipant> participants,
      List<Statement> statements) {
    DependencyTree tree = new DependencyTree(analysis);
    SpeakerGroups groups = new SpeakerGroups(tree, entities, participants);
    Set<Span> taken = MentionSpans.spansOf(entities);
    participants.forEach(p -> p.mentions().forEach(m -> taken.add(m.span())));
    Map<String, List<EntityMention>> toEntities = new LinkedHashMap<>();
    Map<UnnamedParticipant, List<EntityMention>> toParticipants = new LinkedHashMap<>();
    for (Statement s : statements) {
      if (!s.direct() || !(s.speaker().orElse(null) instanceof SpeakerRef.Named named)) {
        continue;
      }
      Optional<Entity> speaker = groups.entity(named.entityKey());
      Optional<SpeakerGroups.Group> group =
          speaker
              .filter(e -> e.type() == EntityType.PERSON)
              .flatMap(e -> groups.of(e, s.speakerMention(), s.content()));
      if (group.isEmpty()) {
        continue;
      }
      List<EntityMention> pronouns = pronouns(analysis, s.content(), taken);
      SpeakerGroups.Group g = group.get();
      g.entity().ifPresent(e -> addTo(toEntities, e.key(), pronouns));
      g.participant().ifPresent(p -> addTo(toParticipants, p, pronouns));
    }
    for (DescribedPossessors.Possessor p : DescribedPossessors.find(tree, groups, taken)) {
      List<EntityMention> one = List.of(p.mention());
      p.group().entity().ifPresent(e -> addTo(toEntities, e.key(), one));
      p.group().participant().ifPresent(u -> addTo(toParticipants, u, one));
    }
    // Every key is an organization of the article, so no new entity is ever made.
    List<Entity> withPronouns =
        LateMentions.add(
            entities,
            toEntities,
            key -> EntityType.ORGANIZATION,
            (key, mentions) -> groups.entity(key).orElseThrow());
    List<UnnamedParticipant> out = new ArrayList<>();
    for (UnnamedParticipant p : participants) {
      List<EntityMention> more = toParticipants.get(p);
      out.add(more == null ? p : withMentions(p, more));
    }
    return new Result(withPronouns, out);
  }

  private static <K> void addTo(
      Map<K, List<EntityMention>> late, K owner, List<EntityMention> pronouns) {
    late.computeIfAbsent(owner, k -> new ArrayList<>()).addAll(pronouns);
  }

  /**
   * The first-person plural pronouns of a quote that are no mention yet; one inside a longer
   * mention ("our" of "our lawyers") is a mention of its own.
   */
  private static List<EntityMention> pronouns(Analysis analysis, Span quote, Set<Span> taken) {
    List<EntityMention> out = new ArrayList<>();
    for (Token t : MentionSpans.tokensIn(analysis, quote)) {
      Span span = new Span(t.begin(), t.end());
      if (t.pos().startsWith("PRP")
          && FIRST_PERSON_PLURAL.contains(t.word().toLowerCase(Locale.ROOT))
          && taken.add(span)) {
        out.add(new EntityMention(span, t.word(), MentionKind.PRONOMINAL));
      }
    }
    return out;
  }

  private static UnnamedParticipant withMentions(UnnamedParticipant p, List<EntityMention> more) {
    return new UnnamedParticipant(
        p.type(),
        p.firstMention(),
        p.description(),
        p.headLemma(),
        p.modifiers(),
        LateMentions.inTextOrder(p.mentions(), more));
  }
}
