package org.newskg.merge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.KgException;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.EventType;
import org.newskg.merge.EventCoreference.Candidate;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.ShapeValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges the events of all stored articles into the named graph {@code graph/merged/events}: the
 * same real event reported by several outlets gets one nkg:MergedEvent, with the number of
 * publishers. The graph is rebuilt whole from the newest version of every article, validated in
 * memory, then swapped in one write transaction.
 */
public final class EventMerge {
  private static final Logger LOG = LoggerFactory.getLogger(EventMerge.class);

  /** Article events read, and merged events written. */
  public record Result(int events, int mergedEvents) {}

  private EventMerge() {}

  public static Result run(DatasetGraph dataset, Iris iris, String softwareVersion) {
    Instant started = Instant.now();
    Map<String, String> parentOf = new HashMap<>();
    Map<String, EventType> typeOf = new HashMap<>();
    for (EventType t : EventType.values()) {
      typeOf.put(NKG.NS + t.localName(), t);
      t.parent().ifPresent(p -> parentOf.put(NKG.NS + t.localName(), NKG.NS + p.localName()));
    }
    List<ReportedEvent> events = new ArrayList<>();
    Map<String, java.util.Set<String>> features = new LinkedHashMap<>();
    Txn.executeRead(dataset, () -> {
      EventReader reader = new EventReader(dataset);
      events.addAll(reader.read(parentOf));
      features.putAll(reader.storyFeatures());
    });
    Map<String, ReportedEvent> byIri = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (ReportedEvent e : events) {
      byIri.put(e.iri(), e);
      Optional<EventType> type = e.typeIri().map(typeOf::get);
      candidates.add(
          new Candidate(
              e.iri(),
              e.articleId(),
              ArticleExtractor.eventKeys(e.lemma()),
              type.map(Enum::name),
              type.map(EventType::isNarrow).orElse(false),
              e.factuality(),
              e.from().map(LocalDate::parse),
              e.to().map(LocalDate::parse),
              e.participants(),
              e.agents(),
              e.place(),
              ArticleExtractor.needsSharedAgent(e.lemma()),
              e.context()));
      features.computeIfAbsent(e.articleId(), k -> new java.util.LinkedHashSet<>());
    }
    List<List<ReportedEvent>> clusters = new ArrayList<>();
    for (List<Candidate> c :
        new EventCoreference(EventCoreference.STORY_THRESHOLD).cluster(candidates, features)) {
      clusters.add(c.stream().map(x -> byIri.get(x.id())).toList());
    }
    String graphIri = iris.mergedGraph("events");
    Graph graph = new MergedEventGraph(iris).build(graphIri, clusters, softwareVersion, started);
    List<ShapeValidator.Violation> violations = ShapeValidator.fromClasspath().validate(graph);
    if (!violations.isEmpty()) {
      throw new KgException("merged events break the shapes: " + violations.get(0));
    }
    Node g = NodeFactory.createURI(graphIri);
    Txn.executeWrite(dataset, () -> {
      dataset.removeGraph(g);
      graph.find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    });
    LOG.info("merged {} article events into {} events", events.size(), clusters.size());
    return new Result(events.size(), clusters.size());
  }
}
