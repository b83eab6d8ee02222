package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

/** Small helpers over a {@link StreamRDF}, so writers read as lists of statements. */
final class TripleEmitter {
  private final StreamRDF out;

  TripleEmitter(StreamRDF out) {
    this.out = out;
  }

  void add(Node s, Node p, Node o) {
    out.triple(Triple.create(s, p, o));
  }

  void type(Node s, Node type) {
    add(s, RDF.Nodes.type, type);
  }

  void string(Node s, Node p, String value) {
    add(s, p, NodeFactory.createLiteralString(value));
  }

  void integer(Node s, Node p, long value) {
    add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
  }

  void bool(Node s, Node p, boolean value) {
    add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
  }

  void typed(Node s, Node p, String lexical, XSDDatatype type) {
    add(s, p, NodeFactory.createLiteralDT(lexical, type));
  }

  static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
