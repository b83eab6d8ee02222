package org.newskg.merge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extract.Factuality;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.PROV;
import org.newskg.rdf.SDO;

/**
 * Builds the merge graph of events: one nkg:MergedEvent per cluster of article events, with the
 * articles and publishers that report it, the type most of them give, the participants any of
 * them name, the time all of them allow, the place they agree on, and their common factuality.
 */
final class MergedEventGraph {
  private final Iris iris;
  private final Graph graph = GraphFactory.createDefaultGraph();

  MergedEventGraph(Iris iris) {
    this.iris = iris;
  }

  Graph build(String graphIri, List<List<ReportedEvent>> clusters, String version, Instant started) {
    Node g = iri(graphIri);
    Node run = iri(iris.run(graphIri));
    Node software = iri(iris.software(version));
    add(g, PROV.wasGeneratedBy, run);
    add(run, RDF.Nodes.type, PROV.Activity);
    add(run, PROV.startedAtTime, dateTime(started));
    add(run, PROV.endedAtTime, dateTime(Instant.now()));
    add(run, PROV.wasAssociatedWith, software);
    add(software, RDF.Nodes.type, PROV.SoftwareAgent);
    add(software, SDO.name, NodeFactory.createLiteralString("newskg"));
    add(software, SDO.softwareVersion, NodeFactory.createLiteralString(version));
    for (List<ReportedEvent> cluster : clusters) {
      event(cluster);
    }
    return graph;
  }

  private void event(List<ReportedEvent> cluster) {
    List<ReportedEvent> sorted = new ArrayList<>(cluster);
    sorted.sort(Comparator.comparing(ReportedEvent::iri));
    ReportedEvent first = sorted.get(0);
    Node node = iri(iris.mergedEvent(key(first)));
    add(node, RDF.Nodes.type, NKG.MergedEvent);
    Set<String> publishers = new LinkedHashSet<>();
    Set<String> articles = new LinkedHashSet<>();
    Map<String, Integer> types = new LinkedHashMap<>();
    for (ReportedEvent e : sorted) {
      add(node, NKG.mergedFrom, iri(e.iri()));
      e.publisher().ifPresent(publishers::add);
      articles.add(e.articleId());
      e.typeIri().ifPresent(t -> types.merge(t, 1, Integer::sum));
      e.participants().forEach(x -> add(node, NKG.participant, iri(x)));
      e.agents().forEach(x -> add(node, NKG.agent, iri(x)));
      e.recipients().forEach(x -> add(node, NKG.recipient, iri(x)));
    }
    add(node, NKG.publisherCount, integer(publishers.size()));
    add(node, NKG.articleCount, integer(articles.size()));
    types.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(t -> add(node, NKG.eventType, iri(t.getKey())));
    boolean asserted = sorted.stream().anyMatch(e -> e.factuality() == Factuality.ASSERTED);
    Factuality f = asserted ? Factuality.ASSERTED : first.factuality();
    add(node, NKG.factuality, NKG.local(f.localName()));
    time(node, sorted);
    Set<String> places = new LinkedHashSet<>();
    sorted.forEach(e -> e.place().ifPresent(places::add));
    if (places.size() == 1) {
      add(node, SDO.location, iri(places.iterator().next()));
    }
  }

  /** The days every dated source allows; a day when that is one day. */
  private void time(Node node, List<ReportedEvent> events) {
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    for (ReportedEvent e : events) {
      if (e.from().isPresent() && e.to().isPresent()) {
        LocalDate f = LocalDate.parse(e.from().get());
        LocalDate t = LocalDate.parse(e.to().get());
        from = Optional.of(from.filter(x -> x.isAfter(f)).orElse(f));
        to = Optional.of(to.filter(x -> x.isBefore(t)).orElse(t));
      }
    }
    if (from.isEmpty() || to.get().isBefore(from.get())) {
      return;
    }
    add(node, NKG.earliestDate, date(from.get()));
    add(node, NKG.latestDate, date(to.get()));
    if (from.get().equals(to.get())) {
      add(node, SDO.startDate, date(from.get()));
    }
  }

  /** The kind of event and a hash of its first source: the same on every run for the same data. */
  static String key(ReportedEvent first) {
    String kind = first.typeIri().map(t -> t.substring(t.indexOf('#') + 1)).orElse(first.lemma());
    String slug = kind.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+|-+$", "");
    String hash = Iris.sha256(first.iri()).substring(0, 12);
    return slug.isEmpty() ? hash : slug + "-" + hash;
  }

  private void add(Node s, Node p, Node o) {
    graph.add(Triple.create(s, p, o));
  }

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static Node date(LocalDate d) {
    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
  }

  private static Node dateTime(Instant t) {
    return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
  }
}
