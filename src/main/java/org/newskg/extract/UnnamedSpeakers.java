package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives each statement whose speaker is an organization described without a name ("police
 * said") the article's unnamed participant of that description, found after the statements: its
 * speaker becomes that participant's first mention, or nobody when the description is no
 * participant (a zone or a construction that makes none).
 */
final class UnnamedSpeakers {
  private UnnamedSpeakers() {}

  static List<Statement> resolve(List<Statement> statements, List<UnnamedParticipant> participants) {
    List<Statement> out = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      if (s.speaker().orElse(null) instanceof SpeakerRef.Unnamed u) {
        Optional<SpeakerRef> speaker =
            participantOf(u.span(), participants).map(p -> new SpeakerRef.Unnamed(p.firstMention()));
        out.add(new Statement(s.content(), s.quote(), s.direct(), speaker,
            speaker.isPresent() ? s.speakerMention() : Optional.empty(), s.cue(), s.when()));
      } else {
        out.add(s);
      }
    }
    return out;
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
