package org.newskg.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.KgException;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.PROV;
import org.newskg.rdf.ShapeValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-article entity identity. Article graphs give every entity the IRI of its canonical name,
 * the same in every article and never changed afterwards; this step reads the newest version of
 * every article graph and records, in the named graph {@code graph/merged/entities} with its own
 * activity, which of those IRIs are one real entity ({@code owl:sameAs}, each with its reason and
 * evidence), which IRI is used for several entities, and, with a linker, the DBpedia resource of
 * an entity with the confidence of the link. The graph is computed whole on every run, so it
 * follows the articles: a decision the evidence no longer supports is withdrawn, and stays on
 * record as invalidated by the run that withdrew it.
 */
public final class EntityMerge {
  private static final Logger LOG = LoggerFactory.getLogger(EntityMerge.class);
  public static final String GRAPH_NAME = "entities";

  /** What a run decided. */
  public record Report(int entities, int sameAs, int links, int splits, int withdrawn) {
    @Override
    public String toString() {
      return "entity merge: %d entity IRIs, %d owl:sameAs, %d links, %d splits, %d withdrawn"
          .formatted(entities, sameAs, links, splits, withdrawn);
    }
  }

  private final Iris iris;
  private final Optional<EntityLinker> linker;

  public EntityMerge(Iris iris, Optional<EntityLinker> linker) {
    this.iris = Objects.requireNonNull(iris, "iris");
    this.linker = Objects.requireNonNull(linker, "linker");
  }

  /** The merge graph's IRI. */
  public String graphIri() {
    return iris.mergedGraph(GRAPH_NAME);
  }

  /**
   * Recomputes the merge graph of {@code dataset}. Reads in one transaction, validates the new
   * graph in memory, and replaces the old one in a write transaction that cannot fail halfway.
   */
  public Report run(DatasetGraph dataset, String softwareVersion, Instant started) {
    String graphIri = graphIri();
    Node graph = NodeFactory.createURI(graphIri);
    record Read(
        EntityFacts facts,
        DescriptionMerge.Input unnamed,
        EntityMergeWriter.PreviousDecisions previous) {}
    Read read =
        Txn.calculateRead(
            dataset,
            () ->
                new Read(
                    EntityFacts.read(dataset),
                    DescriptionReader.read(dataset),
                    previous(dataset, graph)));
    IdentityResolver resolver = new IdentityResolver(read.facts(), linker, iris);
    List<IdentityDecision> decisions = new java.util.ArrayList<>(resolver.resolve());
    List<IdentityDecision> unnamed =
        new DescriptionMerge(EventCoreference.STORY_THRESHOLD)
            .decide(read.unnamed(), resolver.representatives());
    decisions.addAll(unnamed);
    Map<String, String> representatives = new java.util.TreeMap<>(resolver.representatives());
    representatives.putAll(DescriptionMerge.representatives(unnamed, resolver.representatives()));
    String settings =
        "{\"entityRules\":\"identity-1\",\"linker\":\"%s\"}"
            .formatted(linker.map(EntityLinker::description).orElse("none").replace("\"", "'"));
    List<Quad> quads =
        new EntityMergeWriter(iris, graphIri)
            .write(
                decisions,
                representatives,
                read.previous(),
                softwareVersion,
                settings,
                started,
                Instant.now());
    validate(quads);
    Txn.executeWrite(
        dataset,
        () -> {
          dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
          quads.forEach(dataset::add);
        });
    int withdrawn = 0;
    for (Quad q : quads) {
      withdrawn += q.getPredicate().equals(PROV.invalidatedAtTime) ? 1 : 0;
    }
    Report report =
        new Report(
            read.facts().entities.size() + read.unnamed().participants().size(),
            count(decisions, IdentityDecision.Kind.SAME_AS),
            count(decisions, IdentityDecision.Kind.LINK),
            count(decisions, IdentityDecision.Kind.SPLIT),
            withdrawn);
    LOG.info("{}", report);
    return report;
  }

  private static int count(List<IdentityDecision> decisions, IdentityDecision.Kind kind) {
    return (int) decisions.stream().filter(d -> d.kind() == kind).count();
  }

  private static void validate(List<Quad> quads) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    quads.forEach(dsg::add);
    var violations = ShapeValidator.fromClasspath().validate(dsg.getUnionGraph());
    if (!violations.isEmpty()) {
      throw new KgException(
          "entity merge graph breaks %d shape constraint(s), first: %s"
              .formatted(violations.size(), violations.get(0)));
    }
  }

  private static EntityMergeWriter.PreviousDecisions previous(DatasetGraph dataset, Node graph) {
    Map<String, List<Quad>> decisions = new HashMap<>();
    Map<String, Instant> made = new HashMap<>();
    List<Node> nodes = new ArrayList<>();
    dataset
        .find(graph, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, Node.ANY)
        .forEachRemaining(
            q -> {
              if (q.getObject().equals(NKG.IdentityDecision)
                  || q.getObject().equals(NKG.IdentitySplit)) {
                nodes.add(q.getSubject());
              }
            });
    for (Node n : nodes) {
      List<Quad> own = new ArrayList<>();
      dataset.find(graph, n, Node.ANY, Node.ANY).forEachRemaining(own::add);
      decisions.put(n.getURI(), own);
      for (Quad q : own) {
        if (q.getPredicate().equals(PROV.generatedAtTime)) {
          made.put(n.getURI(), Instant.parse(q.getObject().getLiteralLexicalForm()));
        }
      }
    }
    return new EntityMergeWriter.PreviousDecisions(decisions, made);
  }
}
