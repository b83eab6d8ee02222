package org.newskg.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.rdf.Iris;

/**
 * Turns clusters of article statements into merged statements: the words most sources use, how
 * many publishers and articles report them, and whether the sources name incompatible speakers.
 * Two different named people (or two different organizations, or places) for the same words are a
 * discrepancy; a named speaker and an anonymous one ("a U.S. official" / "a State Department
 * spokesperson") are compatible, since the anonymous one may be the named one; so are a named
 * organization and one told by its description ("police" / "the Surrey Police").
 */
final class StatementMerger {

  List<MergedStatement> merge(List<List<ReportedStatement>> clusters) {
    List<MergedStatement> out = new ArrayList<>();
    for (List<ReportedStatement> cluster : clusters) {
      out.add(mergeCluster(cluster));
    }
    out.sort(Comparator.comparing(MergedStatement::key));
    return out;
  }

  private MergedStatement mergeCluster(List<ReportedStatement> cluster) {
    ReportedStatement representative = representative(cluster);
    Set<String> publishers = new LinkedHashSet<>();
    Set<String> articles = new LinkedHashSet<>();
    for (ReportedStatement s : cluster) {
      s.publisher().ifPresent(publishers::add);
      articles.add(s.articleId());
    }
    List<ReportedStatement> clashing = clashing(cluster);
    Optional<ReportedStatement> speaker = Optional.empty();
    if (clashing.isEmpty()) {
      speaker =
          cluster.stream()
              .filter(s -> namedCount(s) > 0)
              .reduce((a, b) -> namedCount(b) > namedCount(a) ? b : a);
    }
    // The group's first member names it: groups never share a first member's words.
    return new MergedStatement(
        key(cluster.get(0).quote()),
        representative.quote(),
        cluster,
        publishers.size(),
        articles.size(),
        speaker,
        clashing);
  }

  /** The words most sources give, the longest of those on a tie: the fullest common version. */
  private static ReportedStatement representative(List<ReportedStatement> cluster) {
    Map<String, List<ReportedStatement>> byWords = new LinkedHashMap<>();
    for (ReportedStatement s : cluster) {
      byWords.computeIfAbsent(QuoteWords.normalized(s.quote()), k -> new ArrayList<>()).add(s);
    }
    return byWords.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, List<ReportedStatement>>>comparingInt(e -> e.getValue().size())
                .thenComparingInt(e -> e.getKey().length())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(e -> e.getValue().get(0))
        .orElseThrow();
  }

  /**
   * Sources whose named speakers of one kind differ: all of them, as evidence. Two sources differ
   * when each names someone of that kind the other does not ("Smith said" / "Jones said"); one
   * naming more of them is no discrepancy ("Smith and Jones said" / "Smith said").
   */
  private static List<ReportedStatement> clashing(List<ReportedStatement> cluster) {
    boolean clash = false;
    for (ReportedStatement.SpeakerClass kind : ReportedStatement.SpeakerClass.values()) {
      if (!kind.isNamed()) {
        continue;
      }
      List<Set<String>> named =
          cluster.stream().map(s -> iris(s.named(kind))).filter(v -> !v.isEmpty()).toList();
      for (int i = 0; i < named.size() && !clash; i++) {
        for (int j = i + 1; j < named.size() && !clash; j++) {
          clash = !named.get(i).containsAll(named.get(j)) && !named.get(j).containsAll(named.get(i));
        }
      }
    }
    if (!clash) {
      return List.of();
    }
    return cluster.stream().filter(s -> namedCount(s) > 0).toList();
  }

  private static Set<String> iris(List<ReportedStatement.Speaker> speakers) {
    Set<String> out = new LinkedHashSet<>();
    speakers.forEach(s -> out.add(s.iri()));
    return out;
  }

  private static long namedCount(ReportedStatement s) {
    return s.speakers().stream().filter(x -> x.kind().isNamed()).count();
  }

  /** First words of the quote and a hash of all its words: readable, and the same on every run. */
  static String key(String quote) {
    List<String> words = new ArrayList<>(QuoteWords.of(quote));
    String head =
        String.join("-", words.subList(0, Math.min(6, words.size()))).replaceAll("[^a-z0-9-]", "");
    String hash = Iris.sha256(QuoteWords.normalized(quote)).substring(0, 10);
    return head.isEmpty() ? hash : head + "-" + hash;
  }
}
