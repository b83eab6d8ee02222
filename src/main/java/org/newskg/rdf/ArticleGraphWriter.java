package org.newskg.rdf;

import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.newskg.KgException;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityMention;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;
import org.newskg.extract.Role;
import org.newskg.extract.Span;
import org.newskg.extract.UnnamedParticipant;
import org.newskg.extract.Zone;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;

/**
 * Writes one article's named graph: the article version with its text and metadata, the
 * activity that made the graph, text zones, and entities with every mention and role.
 */
public final class ArticleGraphWriter {
  private final Iris iris;

  public ArticleGraphWriter(Iris iris) {
    this.iris = iris;
  }

  /** The IRIs of one article version's graph. */
  public record Target(String graphIri, String articleIri, String sha256) {}

  public Target target(Article article) {
    String sha = Iris.sha256(article.text());
    return new Target(
        iris.graph(article.id(), sha), iris.article(article.id(), sha), sha);
  }

  /**
   * Emits the graph's quads into {@code sink} (between the caller's start and finish).
   *
   * @param previousVersion the article IRI of the version this one revises, if any
   */
  public Target write(
      ArticleExtraction extraction, RunInfo run, Optional<String> previousVersion, StreamRDF sink) {
    Article article = extraction.article();
    Target target = target(article);
    Node graph = TripleEmitter.iri(target.graphIri());
    TripleEmitter out = new TripleEmitter(StreamRDFLib.extendTriplesToQuads(graph, sink));
    Node articleNode = TripleEmitter.iri(target.articleIri());
    writeArticle(out, extraction, articleNode, target.sha256());
    previousVersion.ifPresent(p -> out.add(articleNode, PROV.wasRevisionOf, TripleEmitter.iri(p)));
    new ProvenanceWriter(iris).write(out, graph, articleNode, run);
    MentionWriter mentions = new MentionWriter(out, iris, target.articleIri(), article.text());
    for (Zone zone : extraction.zones()) {
      mentions.zone(zone);
    }
    for (Entity entity : extraction.entities()) {
      writeEntity(out, mentions, target.articleIri(), entity);
    }
    StatementWriter statements =
        new StatementWriter(out, mentions, iris, article.id(), target.sha256());
    extraction.anonymousSources().forEach(statements::source);
    for (UnnamedParticipant p : extraction.unnamedParticipants()) {
      writeParticipant(out, mentions, article.id(), target.sha256(), p);
    }
    extraction.statements().forEach(statements::statement);
    extraction.scareQuotes().forEach(s -> statements.scareQuote(s, article.text()));
    EventWriter events =
        new EventWriter(out, mentions, statements, iris, article.id(), target.sha256());
    extraction.events().forEach(events::event);
    return target;
  }

  private void writeParticipant(
      TripleEmitter out, MentionWriter mentions, String articleId, String sha, UnnamedParticipant p) {
    Node node = TripleEmitter.iri(iris.participant(articleId, sha, p.firstMention()));
    // Things are no persons, organizations or places: a class of their own keeps every query on
    // nkg:UnnamedParticipant as it was.
    out.type(node, p.type() == EntityType.THING ? NKG.UnnamedThing : NKG.UnnamedParticipant);
    out.type(node, EntityClasses.topClass(p.type()));
    out.string(node, SDO.description, p.description());
    out.string(node, NKG.headLemma, p.headLemma());
    p.modifiers().stream().sorted().forEach(m -> out.string(node, NKG.modifierLemma, m));
    for (EntityMention m : p.mentions()) {
      out.add(node, GAF.denotedBy, mentions.mention(m));
    }
  }

  private void writeArticle(
      TripleEmitter out, ArticleExtraction extraction, Node node, String sha) {
    Article article = extraction.article();
    out.type(node, SDO.NewsArticle);
    out.type(node, NIF.Context);
    out.string(node, SDO.identifier, article.id());
    out.string(node, NIF.isString, article.text());
    out.string(node, NKG.contentSha256, sha);
    ArticleMetadata meta = article.metadata();
    meta.headline().ifPresent(h -> out.string(node, SDO.headline, h));
    meta.url().ifPresent(u -> out.add(node, SDO.url, TripleEmitter.iri(u)));
    meta.datePublished()
        .ifPresent(d -> out.typed(node, SDO.datePublished, d.toString(), XSDDatatype.XSDdate));
    if (meta.datePublished().isPresent() && meta.dateInferred()) {
      out.bool(node, NKG.dateInferred, true);
    }
    meta.publisher()
        .ifPresent(
            p -> {
              String key = Names.key(Names.bare(p));
              if (key.isEmpty()) {
                return;
              }
              Node publisher = TripleEmitter.iri(iris.entity(key));
              out.add(node, SDO.publisher, publisher);
              out.type(publisher, SDO.Organization);
              // An outlet the text also names already has its name from the text.
              if (extraction.entities().stream().noneMatch(e -> e.key().equals(key))) {
                out.string(publisher, SDO.name, Names.bare(p));
              }
              if (meta.publisherInferred()) {
                out.bool(node, NKG.publisherInferred, true);
              }
            });
  }

  private void writeEntity(
      TripleEmitter out, MentionWriter mentions, String articleIri, Entity entity) {
    Node node = TripleEmitter.iri(iris.entity(entity.key()));
    out.type(node, EntityClasses.topClass(entity.type()));
    EntityClasses.finerClass(entity.placeKind()).ifPresent(c -> out.type(node, c));
    out.string(node, SDO.name, entity.canonicalName());
    for (String alternate : entity.alternateNames()) {
      out.string(node, SDO.alternateName, alternate);
    }
    for (EntityMention m : entity.mentions()) {
      Node mention = mentions.mention(m);
      out.add(node, GAF.denotedBy, mention);
      String literal = entity.literalReferents().get(m.span());
      if (literal != null) {
        out.add(mention, NKG.literalReferent, TripleEmitter.iri(iris.entity(literal)));
      }
    }
    for (Role role : entity.roles()) {
      Node roleNode = TripleEmitter.iri(iris.role(articleIri, role.evidence()));
      out.add(node, NKG.role, roleNode);
      out.type(roleNode, NKG.RoleAssertion);
      out.string(roleNode, SDO.jobTitle, role.jobTitle());
      out.string(node, SDO.jobTitle, role.jobTitle());
      role.affiliationKey()
          .ifPresent(
              k -> {
                out.add(roleNode, SDO.affiliation, TripleEmitter.iri(iris.entity(k)));
                out.add(node, SDO.affiliation, TripleEmitter.iri(iris.entity(k)));
              });
      out.add(roleNode, GAF.denotedBy, mentions.span(role.evidence(), NKG.Mention));
    }
  }

  static void checkAnchor(String text, Span span, String anchor, String articleIri) {
    if (span.end() > text.length() || !span.of(text).equals(anchor)) {
      throw new KgException(
          "anchor '%s' at %d-%d is not the text of %s"
              .formatted(anchor, span.begin(), span.end(), articleIri));
    }
  }
}
