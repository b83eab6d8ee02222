package org.newskg.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Span;
import org.newskg.extract.Zone;

/**
 * Writes spans of one article's text as NIF strings, each once, after checking that the anchor is
 * exactly the text at its offsets.
 */
final class MentionWriter {
  private final TripleEmitter out;
  private final Iris iris;
  private final String articleIri;
  private final String text;
  private final Set<String> written = new HashSet<>();

  MentionWriter(TripleEmitter out, Iris iris, String articleIri, String text) {
    this.out = out;
    this.iris = iris;
    this.articleIri = articleIri;
    this.text = text;
  }

  Node mention(EntityMention m) {
    ArticleGraphWriter.checkAnchor(text, m.span(), m.text(), articleIri);
    Node node = span(m.span(), NKG.Mention);
    Node kind =
        switch (m.kind()) {
          case PROPER -> NKG.Proper;
          case PRONOMINAL -> NKG.Pronominal;
          case NOMINAL, LIST -> NKG.Nominal;
        };
    if (written.add(node.getURI() + " kind")) {
      out.add(node, NKG.mentionKind, kind);
    }
    return node;
  }

  void zone(Zone zone) {
    Node node = TripleEmitter.iri(iris.zone(articleIri, zone.span()));
    out.type(node, NKG.TextZone);
    writeOffsets(node, zone.span());
    out.type(
        node,
        switch (zone.kind()) {
          case CAPTION -> NKG.Caption;
          case CREDIT -> NKG.Credit;
          case BYLINE -> NKG.Byline;
          case BOILERPLATE -> NKG.Boilerplate;
        });
  }

  /** The span's node, typed {@code type}; its offsets and anchor are written the first time. */
  Node span(Span span, Node type) {
    Node node = TripleEmitter.iri(iris.span(articleIri, span));
    if (written.add(node.getURI() + " " + type.getURI())) {
      out.type(node, type);
    }
    if (written.add(node.getURI())) {
      writeOffsets(node, span);
    }
    return node;
  }

  private void writeOffsets(Node node, Span span) {
    out.add(node, NIF.referenceContext, TripleEmitter.iri(articleIri));
    out.integer(node, NIF.beginIndex, span.begin());
    out.integer(node, NIF.endIndex, span.end());
    out.string(node, NIF.anchorOf, span.of(text));
  }
}
