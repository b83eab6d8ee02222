package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.newskg.extract.Event;
import org.newskg.extract.EventType;
import org.newskg.extract.Participant;
import org.newskg.extract.Span;

/**
 * Writes an article's events: types (the finer type and its parent), trigger and support
 * mentions, participants with their roles (each also as nkg:participant), the events it is about,
 * time, place and factuality.
 */
final class EventWriter {
  private final TripleEmitter out;
  private final MentionWriter mentions;
  private final StatementWriter times;
  private final Iris iris;
  private final String articleId;
  private final String sha;

  EventWriter(TripleEmitter out, MentionWriter mentions, StatementWriter times, Iris iris,
      String articleId, String sha) {
    this.out = out;
    this.mentions = mentions;
    this.times = times;
    this.iris = iris;
    this.articleId = articleId;
    this.sha = sha;
  }

  void event(Event e) {
    Node node = node(e.trigger());
    out.type(node, NKG.Event);
    e.type().ifPresent(t -> type(node, t));
    out.add(node, GAF.denotedBy, mentions.span(e.trigger(), NKG.Mention));
    e.support().ifPresent(s -> out.add(node, GAF.denotedBy, mentions.span(s, NKG.Mention)));
    out.string(node, NKG.triggerLemma, e.lemma());
    out.add(node, NKG.factuality, NKG.local(e.factuality().localName()));
    for (Participant p : e.participants()) {
      Node x = TripleEmitter.iri(iris.entity(p.entityKey()));
      out.add(node, NKG.participant, x);
      switch (p.role()) {
        case AGENT -> out.add(node, NKG.agent, x);
        case RECIPIENT -> out.add(node, NKG.recipient, x);
        case THEME -> out.add(node, NKG.theme, x);
        case PARTICIPANT -> { }
      }
    }
    for (Span theme : e.themeEvents()) {
      out.add(node, NKG.theme, node(theme));
      out.add(node, NKG.participant, node(theme));
    }
    e.when().ifPresent(t -> times.time(node, t, SDO.startDate));
    e.placeKey().ifPresent(k -> out.add(node, SDO.location, TripleEmitter.iri(iris.entity(k))));
  }

  private void type(Node node, EventType t) {
    out.type(node, NKG.local(t.localName()));
    t.parent().ifPresent(p -> type(node, p));
  }

  private Node node(Span trigger) {
    return TripleEmitter.iri(iris.event(articleId, sha, trigger));
  }
}
