package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * Events of one article: triggers, then for each its factuality, participants, place and time.
 * {@link #all} gives every event mention found (what cross-document coreference is scored on);
 * {@link #typed} only those of the typology, which is what the article graph holds: untyped verbs
 * ("said", "went") are better served by the statements and the text itself.
 */
final class EventExtractor {

  List<Event> all(
      Analysis analysis, List<Zone> zones, List<Entity> entities, Optional<String> publisher) {
    DependencyTree tree = new DependencyTree(analysis);
    List<EventTriggers.Trigger> triggers = new EventTriggers(tree, zones, publisher).find();
    Set<Integer> triggerTokens = new HashSet<>();
    Set<Integer> eventWords = new HashSet<>();
    for (EventTriggers.Trigger t : triggers) {
      triggerTokens.add(t.token());
      eventWords.add(t.token());
      t.support().ifPresent(eventWords::add);
    }
    EntityIndex index = new EntityIndex(analysis, entities);
    EventArguments arguments = new EventArguments(tree, index);
    EventFactualities factualities = new EventFactualities(tree);
    EventTimes times = new EventTimes(tree);
    Map<Integer, Span> spanOf = new HashMap<>();
    triggers.forEach(t -> spanOf.put(t.token(), spanOf(tree.token(t.token()))));
    List<Event> out = new ArrayList<>();
    for (EventTriggers.Trigger t : triggers) {
      Token token = tree.token(t.token());
      Factuality f = factualities.of(t.token(), t.support());
      EventArguments.Found args = arguments.find(t, triggerTokens);
      Token tense = t.support().map(tree::token).orElse(token);
      Optional<TimeValue> when =
          times.of(t.token(), t.support(), eventWords, EventTimes.direction(f, tense));
      out.add(
          new Event(
              spanOf.get(t.token()),
              t.support().map(s -> spanOf(tree.token(s))),
              t.lemma(),
              t.key(),
              t.senses(),
              t.type(),
              f,
              args.participants(),
              when,
              args.place(),
              args.themeTokens().stream().map(spanOf::get).toList(),
              EventTriggers.modifiesNoun(token)));
    }
    return out;
  }

  List<Event> typed(
      Analysis analysis, List<Zone> zones, List<Entity> entities, Optional<String> publisher) {
    List<Event> typed =
        all(analysis, zones, entities, publisher).stream().filter(e -> e.type().isPresent()).toList();
    Set<Span> kept = new HashSet<>();
    typed.forEach(e -> kept.add(e.trigger()));
    return typed.stream()
        .map(e -> new Event(e.trigger(), e.support(), e.lemma(), e.key(), e.senses(), e.type(),
            e.factuality(), e.participants(), e.when(), e.placeKey(),
            e.themeEvents().stream().filter(kept::contains).toList(), e.modifier()))
        .toList();
  }

  private static Span spanOf(Token t) {
    return new Span(t.begin(), t.end());
  }
}
