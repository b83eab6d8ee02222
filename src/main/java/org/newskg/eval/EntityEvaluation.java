package org.newskg.eval;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.extract.ArticleExtractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.merge.EntityLinker;
import org.newskg.merge.EntityMerge;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.RunInfo;

/**
 * Scores entity identity on the development corpora. Each document goes through the ingest path
 * (CoreNLP, extraction, the article graph) into an in-memory store; the cross-article entity merge
 * (and, when asked, Wikipedia linking) runs over that store as it runs after an ingest; the
 * mentions, owl:sameAs classes and links are then read back from the graphs and scored. The
 * baseline beside it merges CoreNLP's named-entity mentions by exact name, with no links.
 */
public final class EntityEvaluation {
  /**
   * What to score.
   *
   * @param limit at most this many documents per corpus (0: all)
   * @param topics ECB+ topics to keep (empty: all)
   * @param cache where to keep CoreNLP analyses between runs, if anywhere
   * @param errors list every GUM miss, extra mention, wrong type and wrong link
   */
  public record Settings(
      Optional<Path> gum,
      Optional<Path> ecb,
      int limit,
      Set<String> topics,
      Optional<Path> cache,
      Optional<EntityLinker> linker,
      boolean errors) {
    public Settings {
      Objects.requireNonNull(gum, "gum");
      Objects.requireNonNull(ecb, "ecb");
      topics = Set.copyOf(topics);
      Objects.requireNonNull(cache, "cache");
      Objects.requireNonNull(linker, "linker");
      if (limit < 0) {
        throw new IllegalArgumentException("limit %d is negative".formatted(limit));
      }
    }
  }

  private EntityEvaluation() {}

  /** Runs the evaluation; {@code progress} hears one line per stage. */
  public static String run(
      Settings settings, NlpSettings nlp, Supplier<NlpPipeline> pipeline, Consumer<String> progress) {
    AnalysisCache cache = new AnalysisCache(settings.cache(), nlp, pipeline);
    StringBuilder out = new StringBuilder();
    settings
        .gum()
        .ifPresent(
            dir -> {
              List<GoldDocs.GumDoc> docs = limit(GoldDocs.readGum(dir), settings.limit());
              List<Doc> runs = new ArrayList<>();
              for (GoldDocs.GumDoc d : docs) {
                runs.add(new Doc(d.id(), d.text(), d.date()));
              }
              Outputs o = runSystem(runs, cache, settings.linker(), progress);
              GumScore system = new GumScore();
              GumScore baseline = new GumScore();
              for (int i = 0; i < docs.size(); i++) {
                Analysis a = o.analyses.get(i);
                system.add(docs.get(i), a, personsOrganizationsAndPlaces(o.mentions.get(docs.get(i).id())));
                baseline.add(docs.get(i), a, Baseline.mentions(a));
              }
              out.append(String.format("GUM news (%d documents)%n", docs.size()));
              out.append(baseline.report("baseline"));
              out.append(system.report("newskg"));
              out.append(o.timing);
              if (settings.errors()) {
                system.errors.forEach(e -> out.append("  ").append(e).append('\n'));
                system.splitIdentities().forEach(e -> out.append("  ").append(e).append('\n'));
              }
            });
    settings
        .ecb()
        .ifPresent(
            dir -> {
              List<GoldDocs.EcbDoc> docs = new ArrayList<>();
              for (GoldDocs.EcbDoc d : GoldDocs.readEcb(dir)) {
                if (settings.topics().isEmpty() || settings.topics().contains(d.topic())) {
                  docs.add(d);
                }
              }
              docs = limit(docs, settings.limit());
              List<Doc> runs = new ArrayList<>();
              for (GoldDocs.EcbDoc d : docs) {
                // As ingest reads a plain text, and as the events evaluation does: against the
                // date the text prints at its top, if any (ECB+ has no document dates of its own).
                runs.add(
                    new Doc(d.id(), d.text(), ArticleMetadata.inferredFrom(d.text()).datePublished()));
              }
              Outputs o = runSystem(runs, cache, settings.linker(), progress);
              EcbScore system = new EcbScore();
              EcbScore baseline = new EcbScore();
              for (int i = 0; i < docs.size(); i++) {
                Analysis a = o.analyses.get(i);
                system.add(docs.get(i), a, o.mentions.get(docs.get(i).id()));
                baseline.add(docs.get(i), a, Baseline.mentions(a));
              }
              long topics = docs.stream().map(GoldDocs.EcbDoc::topic).distinct().count();
              out.append(
                  String.format(
                      "ECB+ entities (%d documents, %d topics; participants and locations in"
                          + " annotated sentences)%n",
                      docs.size(), topics));
              out.append(baseline.report("baseline"));
              out.append(system.report("newskg"));
              out.append(o.timing);
              if (settings.errors()) {
                system.errors().forEach(e -> out.append("  ").append(e).append('\n'));
              }
            });
    return out.toString();
  }

  /**
   * GUM scores typed mentions of persons, organizations and places; a description of a thing
   * ("the clock") predicts none of them. ECB+ scores things too (its participants are of any kind).
   */
  private static List<SystemMention> personsOrganizationsAndPlaces(List<SystemMention> mentions) {
    return mentions.stream().filter(m -> !m.type().equals("Thing")).toList();
  }

  private static <T> List<T> limit(List<T> docs, int limit) {
    return limit > 0 && docs.size() > limit ? docs.subList(0, limit) : docs;
  }

  private record Doc(String id, String text, Optional<java.time.LocalDate> date) {}

  private static final class Outputs {
    final List<Analysis> analyses = new ArrayList<>();
    final Map<String, List<SystemMention>> mentions = new HashMap<>();
    String timing = "";
  }

  private static Outputs runSystem(
      List<Doc> docs,
      AnalysisCache cache,
      Optional<EntityLinker> linker,
      Consumer<String> progress) {
    Iris iris = Iris.withDefaultBase();
    ArticleGraphWriter writer = new ArticleGraphWriter(iris);
    ArticleExtractor extractor = new ArticleExtractor();
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    Outputs o = new Outputs();
    long nlpNanos = 0;
    long extractNanos = 0;
    Map<String, List<SystemMention>> empty = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      long t0 = System.nanoTime();
      Analysis analysis = cache.analyze(d.text(), d.date());
      long t1 = System.nanoTime();
      ArticleMetadata meta =
          new ArticleMetadata(
              Optional.empty(), Optional.empty(), d.date(), Optional.empty(), false, false);
      Article article = new Article(d.id(), d.text(), meta, d.id());
      var extraction = extractor.extract(article, analysis);
      Instant now = Instant.now();
      RunInfo run = new RunInfo("evaluation", NlpPipeline.CORENLP_VERSION, "{}", now, now);
      Txn.executeWrite(
          dataset,
          () -> {
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            sink.start();
            writer.write(extraction, run, Optional.empty(), sink);
            sink.finish();
          });
      nlpNanos += t1 - t0;
      extractNanos += System.nanoTime() - t1;
      o.analyses.add(analysis);
      empty.put(d.id(), new ArrayList<>());
      if ((i + 1) % 50 == 0 || i + 1 == docs.size()) {
        progress.accept("analysed %d/%d documents".formatted(i + 1, docs.size()));
      }
    }
    long t2 = System.nanoTime();
    EntityMerge.Report merged =
        new EntityMerge(iris, linker).run(dataset, "evaluation", Instant.now());
    long mergeNanos = System.nanoTime() - t2;
    progress.accept(merged.toString());
    KgMentions kg = KgMentions.read(dataset);
    o.mentions.putAll(empty);
    for (KgMentions.Mention m : kg.mentions) {
      o.mentions
          .get(m.articleId())
          .add(
              new SystemMention(
                  m.begin(), m.end(), m.type(), kg.identity(m.entity()), kg.link(m.entity())));
    }
    o.timing =
        String.format(
            "          time: CoreNLP (or cache) %.1f s, extraction and graphs %.1f s, merge and"
                + " links %.1f s; %s%n",
            nlpNanos / 1e9, extractNanos / 1e9, mergeNanos / 1e9, merged);
    return o;
  }
}
