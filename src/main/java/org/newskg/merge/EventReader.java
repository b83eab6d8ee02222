package org.newskg.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newskg.extract.Factuality;
import org.newskg.extract.Span;

/**
 * Reads the events of the newest version of every article in the store, and for each article the
 * entities it names (what tells which articles report one story).
 */
final class EventReader {
  private final DatasetGraph dataset;
  private final NewestVersions newest;
  /** The newest article texts, read once for both the event contexts and the story features. */
  private Map<String, String> texts;

  /** A reader of the store's article graphs, to use inside one read transaction. */
  EventReader(DatasetGraph dataset) {
    this.dataset = dataset;
    this.newest = new NewestVersions(dataset);
  }

  private static final Query EVENTS =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT ?e ?article ?id ?publisher ?lemma ?type ?fact ?from ?to ?value ?place ?role ?x WHERE {
                GRAPH ?g {
                  ?article a schema:NewsArticle ; schema:identifier ?id .
                  ?e a nkg:Event ; nkg:triggerLemma ?lemma ; nkg:factuality ?fact .
                  OPTIONAL { ?article schema:publisher ?publisher }
                  OPTIONAL { ?e a ?type . FILTER(?type != nkg:Event) }
                  OPTIONAL { ?e nkg:earliestDate ?from ; nkg:latestDate ?to ; nkg:timeValue ?value }
                  OPTIONAL { ?e schema:location ?place }
                  OPTIONAL { ?e ?role ?x . FILTER(?role IN (nkg:participant, nkg:agent, nkg:recipient))
                             FILTER NOT EXISTS { ?x a nkg:Event } }
                }
              }
              ORDER BY ?id ?e
              """);

  /** The spans an event is denoted by: its trigger, and a support verb if any. */
  private static final Query SPANS =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT ?e ?article ?begin ?end WHERE {
                GRAPH ?g {
                  ?article a schema:NewsArticle .
                  ?e a nkg:Event ; gaf:denotedBy ?m .
                  ?m nif:beginIndex ?begin ; nif:endIndex ?end .
                }
              }
              """);

  private static final Query TEXTS =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT ?article ?id ?text WHERE {
                GRAPH ?g { ?article a schema:NewsArticle ; schema:identifier ?id ; nif:isString ?text }
              }
              """);

  private static final Query ENTITIES =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT DISTINCT ?article ?id ?x WHERE {
                GRAPH ?g {
                  ?article a schema:NewsArticle ; schema:identifier ?id .
                  ?x gaf:denotedBy ?m .
                  FILTER NOT EXISTS { ?x a nkg:Event }
                  FILTER NOT EXISTS { ?x a nkg:Statement }
                  FILTER NOT EXISTS { ?x a nkg:UnnamedThing }
                }
              }
              """);

  /**
   * The events. The ontology's subclass axioms are not in the store, so "finest type" is found by
   * the class order of the typology: the writer asserts a type and its parents, and the parent is
   * the one that another asserted type lists as its own parent (see {@link #finest}).
   */
  List<ReportedEvent> read(Map<String, String> parentOf) {
    Map<String, Builder> byIri = new LinkedHashMap<>();
    newest
        .select(
            dataset,
            EVENTS,
            "article",
            row -> {
              Builder b = byIri.computeIfAbsent(row.get("e").getURI(), k -> new Builder(row));
              str(row.get("type")).ifPresent(b.types::add);
              str(row.get("x")).ifPresent(x -> b.add(row.get("role").getURI(), x));
            });
    Map<String, List<Span>> spans = new HashMap<>();
    newest.select(
        dataset,
        SPANS,
        "article",
        row ->
            spans.computeIfAbsent(row.get("e").getURI(), k -> new ArrayList<>())
                .add(new Span(integer(row.get("begin")), integer(row.get("end")))));
    Map<String, String> texts = texts();
    List<ReportedEvent> out = new ArrayList<>();
    byIri.forEach(
        (iri, b) -> {
          String text = texts.get(b.articleId());
          List<Span> denoted = spans.getOrDefault(iri, List.of());
          Set<String> context =
              text == null || denoted.isEmpty() ? Set.of() : MentionContext.of(text, denoted);
          out.add(b.build(iri, finest(b.types, parentOf), context));
        });
    return out;
  }

  /** The text of the newest version of every article, by article id. */
  private Map<String, String> texts() {
    if (texts == null) {
      texts = new HashMap<>();
      newest.select(
          dataset,
          TEXTS,
          "article",
          row -> texts.put(row.get("id").getLiteralLexicalForm(), row.get("text").getLiteralLexicalForm()));
    }
    return texts;
  }

  private static int integer(Node n) {
    return Integer.parseInt(n.getLiteralLexicalForm());
  }

  /** What tells an article's story, per article id: the entities it names and its words. */
  Map<String, Set<String>> storyFeatures() {
    Map<String, Set<String>> out = new HashMap<>();
    texts()
        .forEach(
            (id, text) ->
                out.computeIfAbsent(id, k -> new LinkedHashSet<>())
                    .addAll(EventCoreference.words(text)));
    newest.select(
        dataset,
        ENTITIES,
        "article",
        row ->
            out.computeIfAbsent(row.get("id").getLiteralLexicalForm(), k -> new LinkedHashSet<>())
                .add(row.get("x").getURI()));
    return out;
  }

  private static Optional<String> finest(Set<String> types, Map<String, String> parentOf) {
    for (String t : types) {
      if (types.stream().noneMatch(o -> t.equals(parentOf.get(o)))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> str(Node n) {
    if (n == null) {
      return Optional.empty();
    }
    return Optional.of(n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
  }

  private static final class Builder {
    final Binding first;
    final Set<String> types = new LinkedHashSet<>();
    final Set<String> participants = new LinkedHashSet<>();
    final Set<String> agents = new LinkedHashSet<>();
    final Set<String> recipients = new LinkedHashSet<>();

    Builder(Binding first) {
      this.first = first;
    }

    /** One participant row: every role makes a participant, agents and recipients also count apart. */
    void add(String role, String x) {
      participants.add(x);
      if (role.endsWith("#agent")) {
        agents.add(x);
      } else if (role.endsWith("#recipient")) {
        recipients.add(x);
      }
    }

    String articleId() {
      return first.get("id").getLiteralLexicalForm();
    }

    ReportedEvent build(String iri, Optional<String> type, Set<String> context) {
      String fact = first.get("fact").getURI();
      return new ReportedEvent(
          iri,
          first.get("id").getLiteralLexicalForm(),
          str(first.get("publisher")),
          first.get("lemma").getLiteralLexicalForm(),
          type,
          Factuality.valueOf(
              fact.substring(fact.indexOf('#') + 1).toUpperCase(java.util.Locale.ROOT)),
          str(first.get("from")),
          str(first.get("to")),
          str(first.get("value")),
          participants,
          agents,
          recipients,
          str(first.get("place")),
          context);
    }
  }
}
