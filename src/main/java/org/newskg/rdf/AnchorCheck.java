package org.newskg.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Checks that every span's {@code nif:anchorOf} is exactly the text at its UTF-16 offsets. SHACL's
 * SPARQL SUBSTR counts code points, so this exact check is done in Java.
 */
public final class AnchorCheck {
  private AnchorCheck() {}

  public static List<String> check(Graph graph) {
    List<String> problems = new ArrayList<>();
    for (Triple t : graph.find(Node.ANY, NIF.anchorOf, Node.ANY).toList()) {
      Node span = t.getSubject();
      Node context = single(graph, span, NIF.referenceContext);
      Node text = context == null ? null : single(graph, context, NIF.isString);
      Node begin = single(graph, span, NIF.beginIndex);
      Node end = single(graph, span, NIF.endIndex);
      if (text == null || begin == null || end == null) {
        problems.add(span + ": span lacks its context text or offsets");
        continue;
      }
      String s = text.getLiteralLexicalForm();
      int b = Integer.parseInt(begin.getLiteralLexicalForm());
      int e = Integer.parseInt(end.getLiteralLexicalForm());
      String anchor = t.getObject().getLiteralLexicalForm();
      if (b < 0 || e < b || e > s.length() || !s.substring(b, e).equals(anchor)) {
        problems.add(
            "%s: anchor '%s' is not the text at %d-%d".formatted(span.getURI(), anchor, b, e));
      }
    }
    return problems;
  }

  private static Node single(Graph g, Node s, Node p) {
    var it = g.find(s, p, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject() : null;
    } finally {
      it.close();
    }
  }
}
