package org.newskg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import org.newskg.ingest.Article;
import org.newskg.nlp.Analysis;

/** The extraction stage's door: article and its analysis in, facts out. Stateless. */
public final class ArticleExtractor {
  /** Names and versions the rules, for the provenance of every graph. */
  public static final String RULES_VERSION = "zones-1,entities-15,statements-11,events-12";

  private final ZoneDetector zones = new ZoneDetector();
  private final EntityExtractor entities = new EntityExtractor();
  private final StatementExtractor statements = new StatementExtractor();
  private final EventExtractor events = new EventExtractor();
  private final UnnamedParticipants unnamed = new UnnamedParticipants();

  /** The parts of extraction whose time a caller may want to know. */
  public enum Step {
    /** Zones, named entities, roles and unnamed participants. */
    ENTITIES,
    /** Direct quotes, reported speech, speakers and anonymous sources. */
    STATEMENTS,
    /** Event mentions, participants, times and factuality. */
    EVENTS
  }

  public ArticleExtraction extract(Article article, Analysis analysis) {
    return extract(article, analysis, (step, nanos) -> {});
  }

  /** Extracts, telling {@code timer} the wall time of each step in nanoseconds. */
  public ArticleExtraction extract(Article article, Analysis analysis, ObjLongConsumer<Step> timer) {
    if (!analysis.text().equals(article.text())) {
      throw new IllegalArgumentException(
          "analysis of article '%s' was made on another text".formatted(article.id()));
    }
    long t0 = System.nanoTime();
    List<Zone> found = zones.detect(article.text());
    List<Entity> people = entities.extract(analysis, found);
    long t1 = System.nanoTime();
    StatementExtractor.Result said = statements.extract(analysis, found, people);
    long t2 = System.nanoTime();
    List<Event> typed = events.typed(analysis, found, people, article.metadata().publisher());
    long t3 = System.nanoTime();
    List<UnnamedParticipant> participants = unnamed.find(analysis, found, people, said.sources());
    // Credited names, names introduced by "called", untagged repetitions of names, places and
    // organizations inside names, and the "we" of a speaker's organization come last, so that no statement or event can take them as its
    // speaker or participant.
    List<Entity> withCredited = CreditedNames.add(analysis, found, people);
    withCredited = CalledNames.add(analysis, withCredited, personOrGroupSpans(participants));
    participants = withoutClaimedThings(participants, withCredited);
    withCredited = RepeatedNames.add(analysis, withCredited);
    withCredited = NestedPlaces.add(analysis, withCredited);
    withCredited = NestedOrganizations.add(analysis, withCredited);
    SpeakerOrganizations.Result voiced =
        SpeakerOrganizations.add(analysis, withCredited, participants, said.statements());
    long t4 = System.nanoTime();
    timer.accept(Step.ENTITIES, (t1 - t0) + (t4 - t3));
    timer.accept(Step.STATEMENTS, t2 - t1);
    timer.accept(Step.EVENTS, t3 - t2);
    return new ArticleExtraction(
        article,
        found,
        voiced.entities(),
        said.sources(),
        UnnamedSpeakers.resolve(said.statements(), participants),
        said.scareQuotes(),
        typed,
        voiced.participants());
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
   * What two mentions of one kind of event share, one key at least: the stem ("response" and
   * "responded" give the same) and the WordNet senses of the word, for matching events across
   * articles.
   */
  public static Set<String> eventKeys(String lemma) {
    return EventLexicon.keys(lemma);
  }

  /**
   * Whether an event word is one every report is full of, whose mentions are one act only when
   * they have one agent: the act of saying itself ("said", "told", "added") and verbs of state and
   * perception ("became", "needed", "saw").
   */
  public static boolean needsSharedAgent(String lemma) {
    String l = lemma.toLowerCase(java.util.Locale.ROOT);
    return EventLexicon.SAYING_VERBS.contains(l) || EventLexicon.STATE_VERBS.contains(l);
  }

  /** Zones alone need no NLP: offered for tools that only look at page layout. */
  public List<Zone> zones(String text) {
    return zones.detect(text);
  }

  /**
   * The participants less the unnamed things every mention of which a named entity now holds:
   * "the inner circle" of "the inner circle called the Vanguard", a thing to the noun lists, is a
   * mention of the Vanguard.
   */
  private static List<UnnamedParticipant> withoutClaimedThings(
      List<UnnamedParticipant> participants, List<Entity> entities) {
    Set<Span> claimed = new HashSet<>();
    entities.forEach(e -> e.mentions().forEach(m -> claimed.add(m.span())));
    return participants.stream()
        .filter(
            p ->
                p.type() != EntityType.THING
                    || !p.mentions().stream().allMatch(m -> claimed.contains(m.span())))
        .toList();
  }

  /** The spans of the mentions of unnamed people, organizations and places. */
  private static Set<Span> personOrGroupSpans(List<UnnamedParticipant> participants) {
    Set<Span> out = new HashSet<>();
    participants.stream()
        .filter(p -> p.type() != EntityType.THING)
        .forEach(p -> p.mentions().forEach(m -> out.add(m.span())));
    return out;
  }
}
