package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/** The PROV-O part of a graph: which activity, software and settings made it. */
final class ProvenanceWriter {
  private final Iris iris;

  ProvenanceWriter(Iris iris) {
    this.iris = iris;
  }

  void write(TripleEmitter out, Node graph, Node used, RunInfo run) {
    Node activity = TripleEmitter.iri(iris.run(graph.getURI()));
    Node software = TripleEmitter.iri(iris.software(run.softwareVersion()));
    out.add(graph, PROV.wasDerivedFrom, used);
    out.add(graph, PROV.wasGeneratedBy, activity);
    out.type(activity, PROV.Activity);
    out.typed(activity, PROV.startedAtTime, run.started().toString(), XSDDatatype.XSDdateTime);
    out.typed(activity, PROV.endedAtTime, run.ended().toString(), XSDDatatype.XSDdateTime);
    out.add(activity, PROV.wasAssociatedWith, software);
    out.add(activity, PROV.used, used);
    out.string(activity, NKG.pipelineSettings, run.settingsJson());
    out.type(software, PROV.SoftwareAgent);
    out.string(software, SDO.name, "newskg");
    out.string(software, SDO.softwareVersion, run.softwareVersion());
    out.string(software, NKG.nlpSoftware, run.nlpSoftware());
  }
}
