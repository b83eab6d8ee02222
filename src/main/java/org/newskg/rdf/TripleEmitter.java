package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

/** Small helpers over a {@link StreamRDF}, so writers read as lists of statements. */
public final class TripleEmitter {
  private final StreamRDF out;

  public TripleEmitter(StreamRDF out) {
    this.out = out;
  }

  public void add(Node s, Node p, Node o) {
    out.triple(Triple.create(s, p, o));
  }

  public void type(Node s, Node type) {
    add(s, RDF.Nodes.type, type);
  }

  public void string(Node s, Node p, String value) {
    add(s, p, NodeFactory.createLiteralString(value));
  }

  public void integer(Node s, Node p, long value) {
    add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
  }

  public void bool(Node s, Node p, boolean value) {
    add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
  }

  public void typed(Node s, Node p, String lexical, XSDDatatype type) {
    add(s, p, NodeFactory.createLiteralDT(lexical, type));
  }

  public static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
