package org.newskg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * Pairs gold mentions with system mentions of one document, one to one. Gold mentions are whole
 * noun phrases ("U.S. President Donald Trump's"), system mentions are names ("Donald Trump"), so
 * two mentions match when their spans are equal or when they overlap and have the same head
 * token in the dependency parse of the text, or when the system mention ends the gold one (the
 * name closing "Afghan Ambassador to the United States Hamdullah Mohib"). Equal spans win over
 * equal heads, equal heads over endings; then the pair of the same type, then the larger overlap.
 */
final class MentionAligner {
  /** A span with a type ("" when types do not matter) and whether it is scored. */
  record Span(int begin, int end, String type) {}

  private final Analysis analysis;

  MentionAligner(Analysis analysis) {
    this.analysis = analysis;
  }

  /**
   * For each system mention, the index of its gold mention, or -1. {@code preferGold} breaks ties
   * in favour of gold mentions that are scored.
   */
  int[] align(List<Span> gold, List<Span> system, boolean[] preferGold) {
    int[] goldHeads = new int[gold.size()];
    for (int i = 0; i < gold.size(); i++) {
      goldHeads[i] = head(gold.get(i).begin(), gold.get(i).end());
    }
    Map<Integer, List<Integer>> goldByHead = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      goldByHead.computeIfAbsent(goldHeads[i], h -> new ArrayList<>()).add(i);
    }
    record Pair(int gold, int system, double score) {}
    List<Pair> pairs = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      Span sys = system.get(s);
      int sysHead = head(sys.begin(), sys.end());
      for (int g = 0; g < gold.size(); g++) {
        Span gs = gold.get(g);
        boolean exact = gs.begin() == sys.begin() && gs.end() == sys.end();
        boolean overlap = gs.begin() < sys.end() && sys.begin() < gs.end();
        boolean sameHead = overlap && sysHead >= 0 && sysHead == goldHeads[g];
        boolean endsIt =
            sys.begin() >= gs.begin() && sys.begin() < gs.end() && sys.end() == nameEnd(gs);
        if (!exact && !sameHead && !endsIt) {
          continue;
        }
        double score = exact ? 8 : sameHead ? 4 : 3;
        score += gs.type().equals(sys.type()) ? 2 : 0;
        score += preferGold[g] ? 1 : 0;
        int shared = Math.min(gs.end(), sys.end()) - Math.max(gs.begin(), sys.begin());
        score += shared / (double) Math.max(gs.end() - gs.begin(), sys.end() - sys.begin()) / 2;
        pairs.add(new Pair(g, s, score));
      }
    }
    pairs.sort(
        Comparator.comparingDouble(Pair::score)
            .reversed()
            .thenComparingInt(Pair::gold)
            .thenComparingInt(Pair::system));
    int[] goldOf = new int[system.size()];
    java.util.Arrays.fill(goldOf, -1);
    boolean[] goldTaken = new boolean[gold.size()];
    for (Pair p : pairs) {
      if (goldOf[p.system()] < 0 && !goldTaken[p.gold()]) {
        goldOf[p.system()] = p.gold();
        goldTaken[p.gold()] = true;
      }
    }
    return goldOf;
  }

  /** Where a mention's words end, a possessive ending aside ("Donald Trump's"). */
  private int nameEnd(Span gold) {
    String text = analysis.text();
    int end = gold.end();
    if (end >= 2 && text.startsWith("'s", end - 2) || end >= 2 && text.startsWith("\u2019s", end - 2)) {
      end -= 2;
    } else if (end >= 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '\u2019')) {
      end -= 1;
    }
    while (end > gold.begin() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * The head token of a character span: the token inside it whose governor lies outside it (the
   * first noun among several), or -1 when no token lies inside.
   */
  int head(int begin, int end) {
    int first = -1;
    int firstNoun = -1;
    int last = -1;
    for (Token t : tokensIn(begin, end)) {
      last = t.index();
      boolean outside =
          t.isRoot()
              || analysis.token(t.head()).begin() < begin
              || analysis.token(t.head()).end() > end;
      if (outside) {
        if (first < 0) {
          first = t.index();
        }
        if (firstNoun < 0 && (t.pos().startsWith("NN") || t.pos().startsWith("PRP"))) {
          firstNoun = t.index();
        }
      }
    }
    return firstNoun >= 0 ? firstNoun : first >= 0 ? first : last;
  }

  /** Tokens whose characters overlap the span. */
  List<Token> tokensIn(int begin, int end) {
    List<Token> out = new ArrayList<>();
    List<Token> tokens = analysis.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) { // first token ending after begin
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= begin) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < tokens.size() && tokens.get(i).begin() < end; i++) {
      out.add(tokens.get(i));
    }
    return out;
  }
}
