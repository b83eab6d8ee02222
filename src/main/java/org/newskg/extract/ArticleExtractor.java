package org.newskg.extract;

import java.util.List;
import org.newskg.ingest.Article;
import org.newskg.nlp.Analysis;

/** The extraction stage's door: article and its analysis in, facts out. Stateless. */
public final class ArticleExtractor {
  /** Names and versions the rules, for the provenance of every graph. */
  public static final String RULES_VERSION = "zones-1,entities-3,statements-1,events-1";

  private final ZoneDetector zones = new ZoneDetector();
  private final EntityExtractor entities = new EntityExtractor();
  private final StatementExtractor statements = new StatementExtractor();
  private final EventExtractor events = new EventExtractor();
  private final UnnamedParticipants unnamed = new UnnamedParticipants();

  public ArticleExtraction extract(Article article, Analysis analysis) {
    if (!analysis.text().equals(article.text())) {
      throw new IllegalArgumentException(
          "analysis of article '%s' was made on another text".formatted(article.id()));
    }
    List<Zone> found = zones.detect(article.text());
    List<Entity> people = entities.extract(analysis, found);
    StatementExtractor.Result said = statements.extract(analysis, found, people);
    return new ArticleExtraction(
        article,
        found,
        people,
        said.sources(),
        said.statements(),
        said.scareQuotes(),
        events.typed(analysis, found, people, article.metadata().publisher()),
        unnamed.find(analysis, found, people, said.sources()));
  }

  /**
   * Every event mention in the text, typed or not (the graph holds only the typed ones): what
   * cross-document event coreference is measured on.
   */
  public List<Event> allEvents(Analysis analysis, ArticleExtraction extraction) {
    return events.all(
        analysis,
        extraction.zones(),
        extraction.entities(),
        extraction.article().metadata().publisher());
  }

  /**
   * The stem two mentions of one kind of event share ("response" and "responded" give the
   * same), for matching events across articles.
   */
  public static String eventKey(String lemma) {
    return EventLexicon.key(lemma);
  }

  /** Whether an event word names the act of saying itself ("said", "told", "added"). */
  public static boolean isSaying(String lemma) {
    return EventLexicon.SAYING_VERBS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }

  /** Zones alone need no NLP: offered for tools that only look at page layout. */
  public List<Zone> zones(String text) {
    return zones.detect(text);
  }
}
