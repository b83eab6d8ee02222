package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands over, for assertions. */
final class CollectingSink implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<IngestProblem> problems = new ArrayList<>();
  final List<IngestProblem> warnings = new ArrayList<>();

  /** Everything in the order received: articles as "article ID", the others by toString. */
  final List<String> events = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
    events.add("article " + article.id());
  }

  @Override
  public void problem(IngestProblem problem) {
    problems.add(problem);
    events.add("problem " + problem);
  }

  @Override
  public void warning(IngestProblem warning) {
    warnings.add(warning);
    events.add("warning " + warning);
  }

  List<String> ids() {
    return articles.stream().map(Article::id).toList();
  }

  Article article(String id) {
    return articles.stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no article " + id + " in " + ids()));
  }
}
