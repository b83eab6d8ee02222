package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;

/** The PROV-O part of a graph: which activity, software and settings made it. */
public final class ProvenanceWriter {
  private final Iris iris;

  public ProvenanceWriter(Iris iris) {
    this.iris = iris;
  }

  void write(TripleEmitter out, Node graph, Node used, RunInfo run) {
    write(out, graph, List.of(used), run);
  }

  /** A graph derived from {@code used} (article versions, or other graphs for merged facts). */
  public void write(TripleEmitter out, Node graph, Collection<Node> used, RunInfo run) {
    Node activity = TripleEmitter.iri(iris.run(graph.getURI()));
    Node software = TripleEmitter.iri(iris.software(run.softwareVersion()));
    for (Node u : used) {
      out.add(graph, PROV.wasDerivedFrom, u);
      out.add(activity, PROV.used, u);
    }
    out.add(graph, PROV.wasGeneratedBy, activity);
    out.type(activity, PROV.Activity);
    out.typed(activity, PROV.startedAtTime, run.started().toString(), XSDDatatype.XSDdateTime);
    out.typed(activity, PROV.endedAtTime, run.ended().toString(), XSDDatatype.XSDdateTime);
    out.add(activity, PROV.wasAssociatedWith, software);
    out.string(activity, NKG.pipelineSettings, run.settingsJson());
    out.type(software, PROV.SoftwareAgent);
    out.string(software, SDO.name, "newskg");
    out.string(software, SDO.softwareVersion, run.softwareVersion());
    out.string(software, NKG.nlpSoftware, run.nlpSoftware());
  }
}
