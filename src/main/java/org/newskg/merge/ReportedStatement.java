package org.newskg.merge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article's statement as the merge reads it from the store.
 *
 * @param publisher the publisher's IRI, when the article names one
 * @param speakers who the article says spoke, in no particular order: none, one, or several who
 *     spoke together ("Smith and Jones said")
 */
record ReportedStatement(
    String iri,
    String graphIri,
    String articleIri,
    String articleId,
    Optional<String> publisher,
    String quote,
    boolean direct,
    List<Speaker> speakers) {

  /** What kind of speaker an article names. */
  enum SpeakerClass {
    PERSON,
    ORGANIZATION,
    PLACE,
    /** Without a name: an anonymous source, or an organization told by its description ("police"). */
    ANONYMOUS;

    boolean isNamed() {
      return this == PERSON || this == ORGANIZATION || this == PLACE;
    }
  }

  /**
   * One speaker of the statement.
   *
   * @param kind for telling apart compatible and clashing speakers
   * @param label its name, or its description when it has none
   */
  record Speaker(String iri, SpeakerClass kind, String label) {
    Speaker {
      Objects.requireNonNull(iri, "iri");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(label, "label");
    }
  }

  ReportedStatement {
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(graphIri, "graphIri");
    Objects.requireNonNull(articleIri, "articleIri");
    Objects.requireNonNull(quote, "quote");
    speakers = List.copyOf(speakers);
  }

  /** The named speakers of one kind (persons, organizations or places). */
  List<Speaker> named(SpeakerClass kind) {
    return speakers.stream().filter(s -> s.kind() == kind).toList();
  }

  /** A label for the speakers, "Jane Roe and John Doe", or "" when nobody is named. */
  String speakerLabel() {
    return String.join(" and ", speakers.stream().map(Speaker::label).toList());
  }
}
