package org.newskg.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.ProvenanceWriter;
import org.newskg.rdf.RunInfo;
import org.newskg.rdf.SDO;
import org.newskg.rdf.TripleEmitter;

/** Writes the merged statements graph: one node per merged statement, and its provenance. */
final class MergedGraphWriter {
  private final Iris iris;

  MergedGraphWriter(Iris iris) {
    this.iris = iris;
  }

  void write(Node graph, List<MergedStatement> merged, RunInfo run, StreamRDF sink) {
    TripleEmitter out = new TripleEmitter(StreamRDFLib.extendTriplesToQuads(graph, sink));
    Set<Node> used = new LinkedHashSet<>();
    for (MergedStatement m : merged) {
      m.sources().forEach(s -> used.add(graphOf(s)));
      writeStatement(out, m);
    }
    new ProvenanceWriter(iris).write(out, graph, new ArrayList<>(used), run);
  }

  private static Node graphOf(ReportedStatement s) {
    return TripleEmitter.iri(s.graphIri());
  }

  private void writeStatement(TripleEmitter out, MergedStatement m) {
    Node node = TripleEmitter.iri(iris.mergedStatement(m.key()));
    out.type(node, NKG.MergedStatement);
    out.string(node, NKG.quote, m.quote());
    out.bool(node, NKG.direct, m.sources().get(0).direct());
    for (ReportedStatement s : m.sources()) {
      out.add(node, NKG.mergedFrom, TripleEmitter.iri(s.iri()));
    }
    out.integer(node, NKG.publisherCount, m.publisherCount());
    out.integer(node, NKG.articleCount, m.articleCount());
    out.bool(node, NKG.attributionDiscrepancy, m.hasDiscrepancy());
    for (ReportedStatement.Speaker s : m.speakerSource().map(ReportedStatement::speakers).orElse(List.of())) {
      if (s.kind().isNamed()) {
        Node speaker = TripleEmitter.iri(s.iri());
        out.add(node, NKG.speaker, speaker);
        // Typed here too, so that the merged graph is checkable on its own.
        out.type(speaker, topClass(s.kind()));
        out.string(speaker, SDO.name, s.label());
      }
    }
    if (m.hasDiscrepancy()) {
      Node d = TripleEmitter.iri(iris.mergedStatement(m.key()) + "#discrepancy");
      out.add(node, NKG.discrepancy, d);
      out.type(d, NKG.AttributionDiscrepancy);
      m.clashing().forEach(s -> out.add(d, NKG.evidence, TripleEmitter.iri(s.iri())));
      out.string(d, RDFS.comment.asNode(), explain(m.clashing()));
    }
  }

  private static Node topClass(ReportedStatement.SpeakerClass c) {
    return switch (c) {
      case PERSON -> SDO.Person;
      case ORGANIZATION -> SDO.Organization;
      default -> SDO.Place;
    };
  }

  /** "Outlets name different speakers: Jane Roe (002_…), John Doe (004_…)." */
  private static String explain(List<ReportedStatement> clashing) {
    return "Outlets name different speakers for these words: "
        + clashing.stream()
            .collect(
                Collectors.groupingBy(
                    ReportedStatement::speakerLabel,
                    LinkedHashMap::new,
                    Collectors.mapping(ReportedStatement::articleId, Collectors.joining(", "))))
            .entrySet()
            .stream()
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .collect(Collectors.joining("; "))
        + ".";
  }
}
