package org.newskg.merge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityMention;
import org.newskg.extract.EntityNames;
import org.newskg.extract.EntityType;
import org.newskg.extract.PlaceKind;
import org.newskg.extract.Role;
import org.newskg.extract.Span;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.nlp.MentionKind;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.RunInfo;

/**
 * Article graphs written by the real graph writer from hand-made extractions, so that merge tests
 * need no NLP: {@code entity("Joe Biden", PERSON, "Joe Biden", "Biden")} makes an entity whose
 * mentions are every occurrence of each surface in the text.
 */
final class Articles {
  static final Iris IRIS = Iris.withDefaultBase();

  private final String id;
  private final String text;
  private final String publisher;
  private final List<Entity> entities = new ArrayList<>();

  Articles(String id, String publisher, String text) {
    this.id = id;
    this.publisher = publisher;
    this.text = text;
  }

  Articles entity(String canonical, EntityType type, String... surfaces) {
    return titled(canonical, type, null, surfaces);
  }

  /** An entity with a role: the job title, stated by its first mention. */
  Articles titled(String canonical, EntityType type, String jobTitle, String... surfaces) {
    List<EntityMention> mentions = new ArrayList<>();
    List<String> alternates = new ArrayList<>();
    for (String s : surfaces) {
      if (!s.equals(canonical)) {
        alternates.add(s);
      }
      for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
        boolean taken = false;
        for (EntityMention m : mentions) {
          taken |= m.span().overlaps(new Span(at, at + s.length()));
        }
        if (!taken) {
          mentions.add(new EntityMention(new Span(at, at + s.length()), s, MentionKind.PROPER));
        }
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    List<Role> roles = new ArrayList<>();
    if (jobTitle != null) {
      roles.add(new Role(jobTitle, Optional.empty(), mentions.get(0).span()));
    }
    entities.add(
        new Entity(
            EntityNames.key(canonical),
            type,
            type == EntityType.PLACE ? PlaceKind.COUNTRY : PlaceKind.NONE,
            canonical,
            alternates,
            mentions,
            roles));
    return this;
  }

  void writeTo(DatasetGraph dataset) {
    ArticleMetadata meta =
        new ArticleMetadata(
            Optional.empty(),
            Optional.of(publisher),
            Optional.of(LocalDate.of(2022, 1, 31)),
            Optional.empty(),
            false,
            false);
    Article article = new Article(id, text, meta, id);
    ArticleExtraction extraction =
        new ArticleExtraction(
            article, List.of(), entities, List.of(), List.of(), List.of(), List.of(), List.of());
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    Txn.executeWrite(
        dataset,
        () -> {
          StreamRDF sink = StreamRDFLib.dataset(dataset);
          sink.start();
          new ArticleGraphWriter(IRIS)
              .write(extraction, new RunInfo("test", "none", "{}", now, now), Optional.empty(), sink);
          sink.finish();
        });
  }

  static String entityIri(String canonical) {
    return IRIS.entity(EntityNames.key(canonical));
  }
}
