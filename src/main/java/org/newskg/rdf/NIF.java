package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The NIF 2.0 core terms newskg uses for text, offsets and anchors. */
public final class NIF {
  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  private NIF() {}

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }

  public static final Node Context = term("Context");
  public static final Node isString = term("isString");
  public static final Node referenceContext = term("referenceContext");
  public static final Node beginIndex = term("beginIndex");
  public static final Node endIndex = term("endIndex");
  public static final Node anchorOf = term("anchorOf");
}
