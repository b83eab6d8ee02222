package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import org.newskg.ingest.Article;

/**
 * Everything extracted from one article, each fact with the characters that support it.
 *
 * @param scareQuotes words in quotation marks that are a term, not someone's words
 * @param events events of the typology the article reports, each with its trigger
 * @param unnamedParticipants people the article describes without naming them
 */
public record ArticleExtraction(
    Article article,
    List<Zone> zones,
    List<Entity> entities,
    List<AnonymousSource> anonymousSources,
    List<Statement> statements,
    List<Span> scareQuotes,
    List<Event> events,
    List<UnnamedParticipant> unnamedParticipants) {
  public ArticleExtraction {
    Objects.requireNonNull(article, "article");
    zones = List.copyOf(zones);
    entities = List.copyOf(entities);
    anonymousSources = List.copyOf(anonymousSources);
    statements = List.copyOf(statements);
    scareQuotes = List.copyOf(scareQuotes);
    events = List.copyOf(events);
    unnamedParticipants = List.copyOf(unnamedParticipants);
  }
}
