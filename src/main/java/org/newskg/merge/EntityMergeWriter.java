package org.newskg.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.PROV;
import org.newskg.rdf.SDO;

/**
 * The quads of the entity merge graph: the activity that made it, each owl:sameAs with a decision
 * node (an {@code rdf:Statement} of the sameAs, typed nkg:IdentityDecision, with its reason,
 * comment, evidence and, for links, confidence), the representative of each class of IRIs that
 * are one entity ({@code nkg:representative}, for grouping in queries), each split, and the
 * earlier decisions this run no
 * longer makes, kept with {@code prov:wasInvalidatedBy} so that a reversed merge stays on record.
 */
final class EntityMergeWriter {
  /** At most this many evidence IRIs per decision: the first in IRI order. */
  static final int MAX_EVIDENCE = 25;

  private final Iris iris;
  private final Node graph;
  private final Node run;
  private final List<Quad> quads = new ArrayList<>();

  EntityMergeWriter(Iris iris, String graphIri) {
    this.iris = iris;
    this.graph = NodeFactory.createURI(graphIri);
    this.run = NodeFactory.createURI(iris.run(graphIri));
  }

  List<Quad> write(
      List<IdentityDecision> decisions,
      Map<String, String> representatives,
      PreviousDecisions previous,
      String softwareVersion,
      String settingsJson,
      Instant started,
      Instant ended) {
    Node software = iri(iris.software(softwareVersion));
    add(graph, PROV.wasGeneratedBy, run);
    add(run, RDF.Nodes.type, PROV.Activity);
    add(run, PROV.startedAtTime, time(started));
    add(run, PROV.endedAtTime, time(ended));
    add(run, PROV.wasAssociatedWith, software);
    add(run, NKG.pipelineSettings, NodeFactory.createLiteralString(settingsJson));
    add(software, RDF.Nodes.type, PROV.SoftwareAgent);
    add(software, SDO.name, NodeFactory.createLiteralString("newskg"));
    add(software, SDO.softwareVersion, NodeFactory.createLiteralString(softwareVersion));
    representatives.forEach((member, rep) -> add(iri(member), NKG.representative, iri(rep)));
    Set<String> made = new HashSet<>();
    for (IdentityDecision d : decisions) {
      Node node = iri(decisionIri(d));
      if (!made.add(node.getURI())) {
        continue;
      }
      add(node, PROV.wasGeneratedBy, run);
      add(node, PROV.generatedAtTime, time(previous.firstMade(node.getURI()).orElse(started)));
      add(node, NKG.reason, NKG.identityReason(d.reason().term));
      add(node, RDFS.Nodes.comment, NodeFactory.createLiteralString(d.comment()));
      d.evidence().stream()
          .distinct()
          .sorted()
          .limit(MAX_EVIDENCE)
          .forEach(e -> add(node, NKG.identityEvidence, iri(e)));
      d.confidence()
          .ifPresent(
              c ->
                  add(
                      node,
                      NKG.linkConfidence,
                      NodeFactory.createLiteralDT(
                          new java.math.BigDecimal(c).setScale(3, java.math.RoundingMode.HALF_UP)
                              .toPlainString(),
                          XSDDatatype.XSDdecimal)));
      if (d.kind() == IdentityDecision.Kind.SPLIT) {
        add(node, RDF.Nodes.type, NKG.IdentitySplit);
        add(node, NKG.splitEntity, iri(d.subject()));
        d.senses().forEach(s -> add(node, NKG.sense, iri(s)));
      } else {
        Node s = iri(d.subject());
        Node o = iri(d.object().orElseThrow());
        add(s, OWL.sameAs.asNode(), o);
        add(node, RDF.Nodes.type, NKG.IdentityDecision);
        add(node, RDF.Nodes.type, RDF.Nodes.Statement);
        add(node, RDF.Nodes.subject, s);
        add(node, RDF.Nodes.predicate, OWL.sameAs.asNode());
        add(node, RDF.Nodes.object, o);
      }
    }
    for (Map.Entry<String, List<Quad>> old : previous.decisions().entrySet()) {
      if (made.contains(old.getKey())) {
        continue;
      }
      Node node = iri(old.getKey());
      boolean alreadyInvalidated = false;
      for (Quad q : old.getValue()) {
        if (q.getPredicate().equals(PROV.wasGeneratedBy)) {
          continue; // the activity node is replaced; the decision keeps its first time
        }
        alreadyInvalidated |= q.getPredicate().equals(PROV.wasInvalidatedBy);
        if (!q.getPredicate().equals(PROV.wasInvalidatedBy)) {
          add(node, q.getPredicate(), q.getObject());
        }
      }
      add(node, PROV.wasInvalidatedBy, run);
      if (!alreadyInvalidated) {
        add(node, PROV.invalidatedAtTime, time(started));
      }
    }
    return quads;
  }

  private String decisionIri(IdentityDecision d) {
    return switch (d.kind()) {
      case SAME_AS -> iris.identity(d.subject(), d.object().orElseThrow());
      case LINK -> iris.link(d.subject());
      case SPLIT -> iris.split(d.subject());
    };
  }

  private void add(Node s, Node p, Node o) {
    quads.add(Quad.create(graph, s, p, o));
  }

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node time(Instant t) {
    return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
  }

  /** Decisions recorded by earlier runs, by decision IRI, with their quads. */
  record PreviousDecisions(Map<String, List<Quad>> decisions, Map<String, Instant> made) {
    static final PreviousDecisions NONE = new PreviousDecisions(new HashMap<>(), new HashMap<>());

    java.util.Optional<Instant> firstMade(String decisionIri) {
      return java.util.Optional.ofNullable(made.get(decisionIri));
    }
  }
}
