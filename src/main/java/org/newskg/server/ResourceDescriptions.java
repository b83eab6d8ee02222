package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.newskg.rdf.GAF;
import org.newskg.rdf.NIF;
import org.newskg.rdf.NKG;
import org.newskg.rdf.PROV;
import org.newskg.rdf.SDO;

/**
 * Linked data: a GET of {@code /id/PATH} answers with what the store knows about the IRI {@code
 * BASE + PATH}, in the RDF syntax the client accepts (Turtle unless it asks for N-Triples, JSON-LD
 * or RDF/XML). The IRI of a named graph gives that graph whole; any other IRI gives every triple,
 * in any graph, with it as subject or object, and the triples of the resources named by its
 * fragments ({@code article#char=0,5}) that point at it, since a client never sends the fragment.
 * Nothing known is a 404.
 */
final class ResourceDescriptions extends HttpServlet {
  /** Where the descriptions are served; the part after it is appended to the base IRI. */
  static final String PATH = "/id";

  private static final AcceptList OFFER =
      AcceptList.create(
          Lang.TURTLE.getHeaderString(),
          Lang.NTRIPLES.getHeaderString(),
          Lang.JSONLD.getHeaderString(),
          Lang.RDFXML.getHeaderString());
  private static final MediaType DEFAULT = MediaType.create(Lang.TURTLE.getHeaderString());

  private static final PrefixMapping PREFIXES =
      PrefixMapping.Factory.create()
          .setNsPrefixes(PrefixMapping.Standard)
          .setNsPrefix("nkg", NKG.NS)
          .setNsPrefix("nif", NIF.NS)
          .setNsPrefix("gaf", GAF.NS)
          .setNsPrefix("prov", PROV.NS)
          .setNsPrefix("schema", SDO.NS)
          .setNsPrefix("dcterms", DCTerms.NS)
          .lock();

  private final transient DatasetGraph dataset;
  private final String baseIri;

  ResourceDescriptions(DatasetGraph dataset, String baseIri) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.baseIri = Objects.requireNonNull(baseIri, "baseIri");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    response.setHeader("Vary", "Accept");
    if (path == null || path.length() <= 1) {
      notFound(response, "give a path after " + PATH + "/, as in " + PATH + "/entity/KEY");
      return;
    }
    String iri = baseIri + path.substring(1);
    Graph description = Txn.calculateRead(dataset, () -> describe(NodeFactory.createURI(iri)));
    if (description.isEmpty()) {
      notFound(response, "nothing is known about <" + iri + ">");
      return;
    }
    MediaType type = ConNeg.chooseContentType(request, OFFER, DEFAULT);
    Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(lang.getHeaderString());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    description.getPrefixMapping().setNsPrefixes(PREFIXES);
    RDFDataMgr.write(response.getOutputStream(), description, lang);
  }

  private Graph describe(Node iri) {
    Graph out = GraphFactory.createDefaultGraph();
    if (dataset.containsGraph(iri)) {
      dataset.getGraph(iri).find().forEachRemaining(out::add);
      return out;
    }
    dataset.find(Node.ANY, iri, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
    // Resources named by a fragment of this IRI (an article's mentions and role assertions) live
    // in the graphs where some of them point back at it (nif:referenceContext): read those whole.
    String fragments = iri.getURI() + "#";
    Set<Node> graphsWithFragments = new HashSet<>();
    for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, iri); it.hasNext(); ) {
      Quad q = it.next();
      out.add(q.asTriple());
      if (isFragmentOf(q.getSubject(), fragments)) {
        graphsWithFragments.add(q.getGraph());
      }
    }
    for (Node g : graphsWithFragments) {
      dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(
          q -> {
            if (isFragmentOf(q.getSubject(), fragments)) {
              out.add(q.asTriple());
            }
          });
    }
    return out;
  }

  private static boolean isFragmentOf(Node node, String fragments) {
    return node.isURI() && node.getURI().startsWith(fragments);
  }

  private static void notFound(HttpServletResponse response, String why) throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().println(why);
  }
}
