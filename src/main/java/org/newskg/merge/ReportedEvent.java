package org.newskg.merge;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Factuality;

/**
 * One article's event as the merge reads it from the store.
 *
 * @param typeIri the finest event class the article gives it, if any
 * @param publisher the publisher's IRI, when the article names one
 * @param context the words, names and numbers of its sentence (see {@link MentionContext})
 */
record ReportedEvent(
    String iri,
    String articleId,
    Optional<String> publisher,
    String lemma,
    Optional<String> typeIri,
    Factuality factuality,
    Optional<String> from,
    Optional<String> to,
    Optional<String> timeValue,
    Set<String> participants,
    Set<String> agents,
    Set<String> recipients,
    Optional<String> place,
    Set<String> context) {
  ReportedEvent {
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(lemma, "lemma");
    participants = Set.copyOf(participants);
    agents = Set.copyOf(agents);
    recipients = Set.copyOf(recipients);
    context = Set.copyOf(context);
  }
}
