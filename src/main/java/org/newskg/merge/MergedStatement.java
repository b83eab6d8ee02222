package org.newskg.merge;

import java.util.List;
import java.util.Optional;

/**
 * One statement as reported by one or more articles.
 *
 * @param key the merged statement's IRI key: its first words and a hash of its words
 * @param speakerSource the source whose named speakers all sources agree with, if any names one
 *     and none disagrees: the one naming the most of them ("Smith and Jones said" against "Smith
 *     said")
 * @param clashing the sources whose named speakers disagree; empty when they agree
 */
record MergedStatement(
    String key,
    String quote,
    List<ReportedStatement> sources,
    int publisherCount,
    int articleCount,
    Optional<ReportedStatement> speakerSource,
    List<ReportedStatement> clashing) {

  MergedStatement {
    sources = List.copyOf(sources);
    clashing = List.copyOf(clashing);
  }

  boolean hasDiscrepancy() {
    return !clashing.isEmpty();
  }
}
