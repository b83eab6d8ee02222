package org.newskg.merge;

import java.util.Objects;
import java.util.Optional;

/**
 * One article's statement as the merge reads it from the store.
 *
 * @param publisher the publisher's IRI, when the article names one
 * @param speaker the speaker's IRI, when the article names one
 * @param speakerClass the speaker's kind, for telling apart compatible and clashing speakers
 */
record ReportedStatement(
    String iri,
    String graphIri,
    String articleIri,
    String articleId,
    Optional<String> publisher,
    String quote,
    boolean direct,
    Optional<String> speaker,
    SpeakerClass speakerClass,
    String speakerLabel) {

  /** What kind of speaker an article names. */
  enum SpeakerClass {
    PERSON,
    ORGANIZATION,
    PLACE,
    /** Without a name: an anonymous source, or an organization told by its description ("police"). */
    ANONYMOUS,
    NONE;

    boolean isNamed() {
      return this == PERSON || this == ORGANIZATION || this == PLACE;
    }
  }

  ReportedStatement {
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(graphIri, "graphIri");
    Objects.requireNonNull(articleIri, "articleIri");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(speakerClass, "speakerClass");
  }
}
