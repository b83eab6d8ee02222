package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** Walks the basic dependency tree of an {@link Analysis}: children, subtrees, ancestors. */
final class DependencyTree {
  private final Analysis analysis;
  private final List<List<Integer>> children;

  DependencyTree(Analysis analysis) {
    this.analysis = analysis;
    this.children = new ArrayList<>();
    for (int i = 0; i < analysis.tokens().size(); i++) {
      children.add(new ArrayList<>());
    }
    for (Token t : analysis.tokens()) {
      if (t.head() >= 0) {
        children.get(t.head()).add(t.index());
      }
    }
  }

  Analysis analysis() {
    return analysis;
  }

  Token token(int i) {
    return analysis.token(i);
  }

  List<Integer> children(int head) {
    return children.get(head);
  }

  /** The first child with this relation (or relation prefix, for "nsubj" matching "nsubj:pass"). */
  Optional<Integer> child(int head, String relation) {
    for (int c : children.get(head)) {
      String r = token(c).relation();
      if (r.equals(relation) || r.startsWith(relation + ":")) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the phrase {@code head} heads runs from {@code start} to {@code end}, punctuation
   * before {@code end} aside ("Jane Roe, a researcher, says": the comma before the verb).
   */
  boolean phraseSpans(int head, int start, int end) {
    TokenRange range = subtree(head);
    if (range.begin() != start || range.end() > end) {
      return false;
    }
    for (int t = range.end(); t < end; t++) {
      if (!token(t).relation().equals("punct")) {
        return false;
      }
    }
    return true;
  }

  /** The tokens the subtree of {@code head} covers. */
  TokenRange subtree(int head) {
    int[] range = {head, head + 1};
    collect(head, range);
    return new TokenRange(range[0], range[1]);
  }

  /** {@link #subtree} as {@code {begin, end}}, for the entity rules that still take an array. */
  int[] subtreeRange(int head) {
    TokenRange range = subtree(head);
    return new int[] {range.begin(), range.end()};
  }

  private void collect(int t, int[] range) {
    for (int c : children.get(t)) {
      range[0] = Math.min(range[0], c);
      range[1] = Math.max(range[1], c + 1);
      collect(c, range);
    }
  }

  boolean isAncestor(int ancestor, int t) {
    int cur = t;
    int guard = 0;
    while (cur >= 0 && guard++ < 500) {
      if (cur == ancestor) {
        return true;
      }
      cur = token(cur).head();
    }
    return false;
  }

  /** Characters of tokens [first, end), trimmed of edge punctuation such as commas and quotes. */
  Span span(int first, int end) {
    while (first < end - 1 && isEdgePunct(token(first))) {
      first++;
    }
    while (end - 1 > first && isEdgePunct(token(end - 1))) {
      end--;
    }
    return new Span(token(first).begin(), token(end - 1).end());
  }

  private static boolean isEdgePunct(Token t) {
    return t.relation().equals("punct") || t.relation().equals("mark") && t.lemma().equals("that");
  }

  Sentence sentenceAt(int charOffset) {
    for (Sentence s : analysis.sentences()) {
      if (s.begin() <= charOffset && charOffset < s.end()) {
        return s;
      }
    }
    return analysis.sentences().get(analysis.sentences().size() - 1);
  }

  /** The first token whose characters end after {@code charOffset} (binary search). */
  int tokenAt(int charOffset) {
    List<Token> tokens = analysis.tokens();
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() > charOffset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** {@code end} moved back over the punctuation tokens before it, not past {@code start}. */
  int beforePunctuation(int start, int end) {
    while (end > start && token(end - 1).relation().equals("punct")) {
      end--;
    }
    return end;
  }
}
