package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The Grounded Annotation Framework link from an instance to the mentions that denote it. */
public final class GAF {
  public static final String NS = "http://groundedannotationframework.org/gaf#";

  private GAF() {}

  public static final Node denotedBy = NodeFactory.createURI(NS + "denotedBy");
}
