package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives each statement whose speaker is an organization described without a name ("police
 * said") the article's unnamed participant of that description, found after the statements: its
 * speaker becomes that participant's first mention, or nobody when the description is no
 * participant (a zone or a construction that makes none). Co-speakers ("police and the family
 * said") are resolved alike.
 */
final class UnnamedSpeakers {
  private UnnamedSpeakers() {}

  static List<Statement> resolve(List<Statement> statements, List<UnnamedParticipant> participants) {
    List<Statement> out = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      if (s.speakers().stream().noneMatch(sp -> sp instanceof SpeakerRef.Unnamed)) {
        out.add(s);
        continue;
      }
      List<SpeakerRef> kept = new ArrayList<>();
      for (SpeakerRef sp : s.speakers()) {
        resolved(sp, participants).ifPresent(kept::add);
      }
      Optional<SpeakerRef> first = kept.stream().findFirst();
      out.add(new Statement(s.content(), s.quote(), s.direct(), first,
          first.isPresent() ? s.speakerMention() : Optional.empty(), s.cue(), s.when(),
          kept.isEmpty() ? List.of() : kept.subList(1, kept.size())));
    }
    return out;
  }

  private static Optional<SpeakerRef> resolved(SpeakerRef speaker, List<UnnamedParticipant> all) {
    if (speaker instanceof SpeakerRef.Unnamed u) {
      return participantOf(u.span(), all).map(p -> new SpeakerRef.Unnamed(p.firstMention()));
    }
    return Optional.of(speaker);
  }

  /** The organization with a mention that covers the head noun {@code head}. */
  private static Optional<UnnamedParticipant> participantOf(Span head, List<UnnamedParticipant> all) {
    return all.stream()
        .filter(p -> p.type() == EntityType.ORGANIZATION)
        .filter(p -> p.mentions().stream()
            .anyMatch(m -> m.span().begin() <= head.begin() && head.end() <= m.span().end()))
        .findFirst();
  }
}
