package org.newskg.merge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.newskg.extract.EntityType;
import org.newskg.extract.PlaceKind;

/**
 * What the newest version of every article graph says about each entity IRI: its types, the
 * names it goes by (with the graphs that use them and the mentions that carry them), and the job
 * titles and affiliations stated for it. Read in the caller's read transaction.
 */
final class EntityFacts {
  private static final Query TYPES =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT ?g ?a ?e ?type ?name WHERE {
                GRAPH ?g {
                  ?a a schema:NewsArticle .
                  ?e a ?type ; schema:name ?name ; gaf:denotedBy ?m .
                  VALUES ?type { schema:Person schema:Organization schema:Place schema:State }
                  FILTER NOT EXISTS { ?e a nkg:AnonymousSource }
                }
              }
              """);

  private static final Query MENTIONS =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT DISTINCT ?g ?a ?e ?m ?anchor WHERE {
                GRAPH ?g {
                  ?a a schema:NewsArticle .
                  ?e gaf:denotedBy ?m ; schema:name ?name .
                  ?m nkg:mentionKind nkg:Proper ; nif:anchorOf ?anchor .
                  FILTER NOT EXISTS { ?m nkg:literalReferent ?literal }
                  FILTER NOT EXISTS { ?e a nkg:AnonymousSource }
                }
              }
              """);

  private static final Query ROLES =
      QueryFactory.create(
          SparqlPrefixes.ALL
              + """
              SELECT DISTINCT ?g ?a ?e ?title ?affiliation WHERE {
                GRAPH ?g {
                  ?a a schema:NewsArticle .
                  ?e nkg:role ?r .
                  OPTIONAL { ?r schema:jobTitle ?title }
                  OPTIONAL { ?r schema:affiliation ?affiliation }
                }
              }
              """);

  /** Everything known about one entity IRI. */
  static final class Entity {
    final String iri;
    /** Top type → graphs that type it so. */
    final Map<EntityType, Set<String>> types = new TreeMap<>();
    PlaceKind placeKind = PlaceKind.NONE;
    /** Canonical name (the same in every graph when names are chosen well). */
    final Set<String> names = new TreeSet<>();
    /** Surface forms of proper mentions → mention IRIs. */
    final Map<String, Set<String>> surfaces = new TreeMap<>();
    /** Surface forms → graphs. */
    final Map<String, Set<String>> surfaceGraphs = new TreeMap<>();
    final Set<String> graphs = new TreeSet<>();
    final Set<String> jobTitles = new TreeSet<>();
    final Set<String> affiliations = new TreeSet<>();

    Entity(String iri) {
      this.iri = iri;
    }

    /** The type most graphs give it. */
    EntityType type() {
      EntityType best = EntityType.ORGANIZATION;
      int most = -1;
      for (Map.Entry<EntityType, Set<String>> e : types.entrySet()) {
        if (e.getValue().size() > most) {
          best = e.getKey();
          most = e.getValue().size();
        }
      }
      return best;
    }

    String name() {
      return names.isEmpty() ? "" : names.iterator().next();
    }
  }

  final Map<String, Entity> entities = new LinkedHashMap<>();

  /** Persons and organizations of each graph: the context that corroborates a merge. */
  final Map<String, Set<String>> actorsOfGraph = new TreeMap<>();

  /** The persons and organizations named in the articles that name {@code e}, but {@code e}. */
  Set<String> context(Entity e) {
    Set<String> out = new TreeSet<>();
    for (String g : e.graphs) {
      out.addAll(actorsOfGraph.getOrDefault(g, Set.of()));
    }
    out.remove(e.iri);
    return out;
  }

  static EntityFacts read(DatasetGraph dataset) {
    EntityFacts f = new EntityFacts();
    NewestVersions newest = new NewestVersions(dataset);
    newest.select(
        dataset,
        TYPES,
        r -> {
          Entity e = f.entity(r.get("e").getURI());
          String g = r.get("g").getURI();
          String type = r.get("type").getURI();
          e.graphs.add(g);
          e.names.add(r.get("name").getLiteralLexicalForm());
          if (!type.endsWith("/Place") && !type.endsWith("/State")) {
            f.actorsOfGraph.computeIfAbsent(g, k -> new TreeSet<>()).add(e.iri);
          }
          switch (type.substring(type.lastIndexOf('/') + 1)) {
            case "Person" -> e.types.computeIfAbsent(EntityType.PERSON, k -> new TreeSet<>()).add(g);
            case "Organization" ->
                e.types.computeIfAbsent(EntityType.ORGANIZATION, k -> new TreeSet<>()).add(g);
            case "Place" -> e.types.computeIfAbsent(EntityType.PLACE, k -> new TreeSet<>()).add(g);
            default -> e.placeKind = PlaceKind.STATE;
          }
        });
    newest.select(
        dataset,
        MENTIONS,
        r -> {
          Entity e = f.entities.get(r.get("e").getURI());
          if (e != null) {
            String anchor = r.get("anchor").getLiteralLexicalForm();
            e.surfaces.computeIfAbsent(anchor, k -> new TreeSet<>()).add(r.get("m").getURI());
            e.surfaceGraphs.computeIfAbsent(anchor, k -> new TreeSet<>()).add(r.get("g").getURI());
          }
        });
    newest.select(
        dataset,
        ROLES,
        r -> {
          Entity e = f.entities.get(r.get("e").getURI());
          if (e != null) {
            if (r.get("title") != null) {
              e.jobTitles.add(r.get("title").getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT));
            }
            if (r.get("affiliation") != null) {
              e.affiliations.add(r.get("affiliation").getURI());
            }
          }
        });
    return f;
  }

  private Entity entity(String iri) {
    return entities.computeIfAbsent(iri, Entity::new);
  }
}
