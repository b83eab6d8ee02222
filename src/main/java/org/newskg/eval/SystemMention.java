package org.newskg.eval;

import java.util.Optional;

/**
 * A mention as a system under evaluation gives it: characters, type (Person, Organization or
 * Place), the cluster it belongs to across all documents, and the Wikipedia title of the cluster
 * when it is linked.
 */
record SystemMention(int begin, int end, String type, String cluster, Optional<String> link) {
  MentionAligner.Span span() {
    return new MentionAligner.Span(begin, end, type);
  }
}
