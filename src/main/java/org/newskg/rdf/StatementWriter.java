package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.newskg.extract.AnonymousSource;
import org.newskg.extract.EntityMention;
import org.newskg.extract.SpeakerRef;
import org.newskg.extract.Span;
import org.newskg.extract.Statement;
import org.newskg.extract.TimeValue;

/** Writes an article's statements, anonymous sources and scare quotes. */
final class StatementWriter {
  private final TripleEmitter out;
  private final MentionWriter mentions;
  private final Iris iris;
  private final String articleId;
  private final String sha;

  StatementWriter(
      TripleEmitter out, MentionWriter mentions, Iris iris, String articleId, String sha) {
    this.out = out;
    this.mentions = mentions;
    this.iris = iris;
    this.articleId = articleId;
    this.sha = sha;
  }

  void source(AnonymousSource source) {
    Node node = sourceNode(source.firstMention());
    if (source.document()) {
      out.type(node, NKG.DocumentSource);
      out.type(node, SDO.CreativeWork);
    } else {
      out.type(node, NKG.AnonymousSource);
      out.type(node, SDO.Person);
    }
    out.string(node, SDO.description, source.description());
    source
        .affiliationKey()
        .ifPresent(k -> out.add(node, SDO.affiliation, TripleEmitter.iri(iris.entity(k))));
    for (EntityMention m : source.mentions()) {
      out.add(node, GAF.denotedBy, mentions.mention(m));
    }
  }

  void statement(Statement s) {
    Node node = TripleEmitter.iri(iris.statement(articleId, sha, s.content()));
    out.type(node, NKG.Statement);
    out.string(node, NKG.quote, s.quote());
    out.bool(node, NKG.direct, s.direct());
    out.add(node, GAF.denotedBy, mentions.span(s.content(), NKG.Mention));
    for (SpeakerRef sp : s.speakers()) {
      out.add(node, sp instanceof SpeakerRef.Document ? NKG.sourceDocument : NKG.speaker, speakerNode(sp));
    }
    s.speakerMention().ifPresent(m -> out.add(node, NKG.speakerMention, mentions.span(m, NKG.Mention)));
    if (!s.cue().isEmpty()) {
      out.string(node, NKG.cue, s.cue());
    }
    s.when().ifPresent(t -> time(node, t, DCTerms.date.asNode()));
  }

  void scareQuote(Span span, String text) {
    Node node = TripleEmitter.iri(iris.scareQuote(articleId, sha, span));
    out.type(node, NKG.ScareQuote);
    out.string(node, NKG.quote, span.of(text));
    out.bool(node, NKG.scareQuote, true);
    out.add(node, GAF.denotedBy, mentions.span(span, NKG.Mention));
  }

  /** A day goes in {@code dayProperty}; every time also as an ISO value and a range of days. */
  void time(Node node, TimeValue t, Node dayProperty) {
    if (t.isDay()) {
      out.typed(node, dayProperty, t.value(), XSDDatatype.XSDdate);
    }
    out.string(node, NKG.timeValue, t.value());
    out.typed(node, NKG.earliestDate, t.from().toString(), XSDDatatype.XSDdate);
    out.typed(node, NKG.latestDate, t.to().toString(), XSDDatatype.XSDdate);
    out.add(node, NKG.timeMention, mentions.span(t.evidence(), NKG.Mention));
  }

  private Node speakerNode(SpeakerRef speaker) {
    if (speaker instanceof SpeakerRef.Named n) {
      return TripleEmitter.iri(iris.entity(n.entityKey()));
    }
    if (speaker instanceof SpeakerRef.Unnamed u) {
      return TripleEmitter.iri(iris.participant(articleId, sha, u.span()));
    }
    if (speaker instanceof SpeakerRef.Document d) {
      return sourceNode(d.firstMention());
    }
    return sourceNode(((SpeakerRef.Anonymous) speaker).firstMention());
  }

  private Node sourceNode(Span first) {
    return TripleEmitter.iri(iris.source(articleId, sha, first));
  }
}
