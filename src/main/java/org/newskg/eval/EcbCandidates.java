package org.newskg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Entity;
import org.newskg.extract.Event;
import org.newskg.extract.EventRole;
import org.newskg.extract.Participant;
import org.newskg.extract.Span;
import org.newskg.extract.TimeValue;
import org.newskg.merge.EventCoreference;
import org.newskg.merge.MentionContext;
import org.newskg.nlp.Analysis;

/** Turns extracted events and documents into what {@link EventCoreference} compares. */
final class EcbCandidates {
  private EcbCandidates() {}

  /** A mention of a document whose text is {@code text}, with the context of its sentence. */
  static EventCoreference.Candidate of(String id, String doc, String text, Event e) {
    return new EventCoreference.Candidate(
        id,
        doc,
        e.keys(),
        e.type().map(Enum::name),
        e.type().map(t -> t.isNarrow()).orElse(false),
        e.factuality(),
        e.when().map(TimeValue::from),
        e.when().map(TimeValue::to),
        e.participants().stream().map(Participant::entityKey).collect(Collectors.toSet()),
        e.participants().stream()
            .filter(p -> p.role() == EventRole.AGENT)
            .map(Participant::entityKey)
            .collect(Collectors.toSet()),
        e.placeKey(),
        ArticleExtractor.needsSharedAgent(e.lemma()),
        MentionContext.of(text, spans(e)));
  }

  /** The trigger, and the support verb if any: the spans the article graph denotes it by. */
  private static List<Span> spans(Event e) {
    List<Span> out = new ArrayList<>(List.of(e.trigger()));
    e.support().ifPresent(out::add);
    return out;
  }

  /** What a document's story is recognised by: its entities and its words, as in the merge. */
  static Set<String> features(Analysis analysis, ArticleExtraction extraction) {
    Set<String> out = new LinkedHashSet<>();
    for (Entity e : extraction.entities()) {
      out.add("e:" + e.key());
    }
    out.addAll(EventCoreference.words(analysis.text()));
    return out;
  }
}
