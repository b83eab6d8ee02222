package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.ArticleExtraction;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Event;
import org.newskg.extract.Span;
import org.newskg.ingest.Article;
import org.newskg.merge.EventCoreference;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;

/**
 * Cross-document event coreference on ECB+ from raw text: CoreNLP and the event extractor find the
 * event mentions of every document, {@link EventCoreference} clusters them over all documents at
 * once (no gold topics), and the clusters are scored against the gold clusters of the annotated
 * sentences with MUC, B³, CEAF-e and CoNLL F1. Detected mentions outside annotated sentences are
 * left out; those inside that match no gold mention count against precision. A mention of no type
 * that modifies a noun and that no other mention joins is not reported ({@link ReportedMentions}).
 * A baseline clusters the same detected mentions by lemma within each gold topic, under the same
 * rule.
 */
public final class EventEvaluation {
  /** Which documents, and where analyses are cached. */
  public record Options(
      Set<Integer> topics,
      int limit,
      Optional<Path> cache,
      boolean strictSpans,
      double storyThreshold,
      boolean listErrors) {
    public Options {
      topics = Set.copyOf(topics);
    }
  }

  /** The figures. */
  public record Result(
      int documents,
      int goldMentions,
      int goldClusters,
      int predictedMentions,
      int matchedMentions,
      CorefScores.Result system,
      CorefScores.Result baseline,
      List<String> errors,
      long millis) {

    public Result {
      errors = List.copyOf(errors);
    }

    public String summary() {
      double r = goldMentions == 0 ? 0 : (double) matchedMentions / goldMentions;
      double p = predictedMentions == 0 ? 0 : (double) matchedMentions / predictedMentions;
      return String.format(
          "documents %d; gold event mentions %d in %d clusters; detected %d, matched %d%n"
              + "mention detection: R %.3f  P %.3f  F1 %.3f%n"
              + "%s%n%s%ntime %.1f s%n",
          documents, goldMentions, goldClusters, predictedMentions, matchedMentions, r, p,
          r + p == 0 ? 0 : 2 * r * p / (r + p), lines("newskg", system),
          lines("baseline (same lemma within a gold topic)", baseline), millis / 1000.0);
    }

    private static String lines(String name, CorefScores.Result s) {
      return String.format(
          "%s:%n  MUC    %s%n  B3     %s%n  CEAF-e %s%n  CoNLL F1 %.4f",
          name, s.muc(), s.b3(), s.ceafe(), s.conll());
    }
  }

  private EventEvaluation() {}

  /** With the process's shared CoreNLP pipeline, built only if an analysis is not cached. */
  public static Result run(Path ecbDir, Options options) {
    long start = System.nanoTime();
    List<EcbDocument> docs = EcbCorpus.read(ecbDir, options.topics());
    if (options.limit() > 0 && docs.size() > options.limit()) {
      docs = docs.subList(0, options.limit());
    }
    // Analysed as ingest analyses a plain text: against the date the text prints at its top, if
    // any (ECB+ has no document dates of its own).
    AnalysisCache cache =
        new AnalysisCache(
            options.cache(), NlpSettings.DEFAULT, () -> NlpPipeline.shared(NlpSettings.DEFAULT));
    List<Analysis> analyses =
        docs.stream().map(doc -> cache.analyze(doc.text(), doc.metadata().datePublished())).toList();
    ArticleExtractor extractor = new ArticleExtractor();
    List<EventCoreference.Candidate> candidates = new ArrayList<>();
    Map<String, Set<String>> features = new LinkedHashMap<>();
    Map<String, String> goldOf = new HashMap<>();
    Map<String, String> lemmaOf = new HashMap<>();
    Map<String, Integer> topicOf = new HashMap<>();
    Set<String> weak = new HashSet<>();
    Map<String, Set<String>> goldClusters = new LinkedHashMap<>();
    List<Detections> detections = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      EcbDocument doc = docs.get(d);
      Analysis analysis = analyses.get(d);
      Article article = new Article(doc.id(), doc.text(), doc.metadata(), doc.id());
      ArticleExtraction extraction = extractor.extract(article, analysis);
      List<Event> events = new ArrayList<>();
      for (Event e : extractor.allEvents(analysis, extraction)) {
        if (doc.inAnnotatedSentence(e.trigger())) {
          events.add(e);
        }
      }
      Map<Integer, String> matched =
          EventMentionMatcher.match(
              events.stream().map(Event::trigger).toList(), doc.events(), options.strictSpans());
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        String id = doc.id() + "@" + e.trigger().begin();
        candidates.add(EcbCandidates.of(id, doc.id(), doc.text(), e));
        lemmaOf.put(id, e.key());
        topicOf.put(id, doc.topic());
        if (e.type().isEmpty() && e.modifier()) {
          weak.add(id);
        }
        if (matched.containsKey(i)) {
          goldOf.put(id, matched.get(i));
        }
      }
      if (options.listErrors()) {
        detections.add(
            new Detections(doc, analysis, events.stream().map(Event::trigger).toList(), matched));
      }
      features.put(doc.id(), EcbCandidates.features(analysis, extraction));
      for (EcbDocument.GoldMention g : doc.events()) {
        goldClusters.computeIfAbsent(g.cluster(), k -> new LinkedHashSet<>()).add(g.id());
      }
    }
    List<Set<String>> key = new ArrayList<>(goldClusters.values());
    List<List<EventCoreference.Candidate>> clusters =
        ReportedMentions.of(
            new EventCoreference(options.storyThreshold()).cluster(candidates, features),
            c -> weak.contains(c.id()));
    Set<String> reported = new HashSet<>();
    Map<String, Integer> clusterSize = new HashMap<>();
    List<Set<String>> response = new ArrayList<>();
    for (List<EventCoreference.Candidate> c : clusters) {
      c.forEach(m -> reported.add(m.id()));
      c.forEach(m -> clusterSize.put(m.id(), c.size()));
      response.add(ids(c.stream().map(EventCoreference.Candidate::id).toList(), goldOf));
    }
    Map<String, List<String>> byLemma = new LinkedHashMap<>();
    for (EventCoreference.Candidate c : candidates) {
      byLemma.computeIfAbsent(topicOf.get(c.id()) + "|" + lemmaOf.get(c.id()), k -> new ArrayList<>())
          .add(c.id());
    }
    List<Set<String>> baseline = new ArrayList<>();
    ReportedMentions.of(new ArrayList<>(byLemma.values()), weak::contains)
        .forEach(ids -> baseline.add(ids(ids, goldOf)));
    Map<String, Integer> goldSizes = new HashMap<>();
    goldClusters.forEach((cluster, ids) -> goldSizes.put(cluster, ids.size()));
    List<String> errors = new ArrayList<>();
    for (Detections d : detections) {
      errors.addAll(EventMentionErrors.of(d.doc(), d.analysis(), d.triggers(), d.matched(),
          goldSizes, i -> clusterSize.getOrDefault(
              d.doc().id() + "@" + d.triggers().get(i).begin(), 0)));
    }
    int goldMentions = key.stream().mapToInt(Set::size).sum();
    return new Result(
        docs.size(),
        goldMentions,
        key.size(),
        reported.size(),
        (int) reported.stream().filter(goldOf::containsKey).count(),
        CorefScores.score(key, response),
        CorefScores.score(key, baseline),
        errors,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** One document's detected triggers and which gold mention each matched, for the errors. */
  private record Detections(
      EcbDocument doc, Analysis analysis, List<Span> triggers, Map<Integer, String> matched) {}

  /** Mention ids of a response cluster: the gold id of a matched mention, its own id otherwise. */
  private static Set<String> ids(List<String> predictedIds, Map<String, String> goldOf) {
    Set<String> out = new LinkedHashSet<>();
    for (String id : predictedIds) {
      out.add(goldOf.getOrDefault(id, "predicted:" + id));
    }
    return out;
  }
}
