package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.nlp.Token;

/**
 * Quotes whose closing mark the writer left out before the attribution: '"We part as friends, she
 * wrote in a letter' or '“All versions are hit, Jane Roe, a researcher, says.' (the name may be
 * parsed as no subject of the verb: see {@link AppositiveSpeakers}).A quote left open at
 * the end of its line that holds a comma followed by a reporting verb and its speaker ends at that
 * comma, and the attribution is read as any other. A quote closed by its mark, or left open with no
 * such attribution inside (a paragraph the next one carries on), stays as it is.
 */
final class UnclosedQuotes {
  /** How many words the speaker's phrase between the comma and the verb may take. */
  private static final int SPEAKER_WORDS = 16;

  private UnclosedQuotes() {}

  static List<QuotedSpan> repair(DependencyTree tree, List<QuotedSpan> quotes) {
    List<QuotedSpan> out = new ArrayList<>();
    for (QuotedSpan q : quotes) {
      boolean leftOpen = q.outer().end() == q.inner().end();
      out.add(leftOpen ? cutAtAttribution(tree, q).orElse(q) : q);
    }
    return out;
  }

  private static Optional<QuotedSpan> cutAtAttribution(DependencyTree tree, QuotedSpan q) {
    int first = tree.tokenAt(q.inner().begin());
    int end = tree.tokenAt(q.inner().end() - 1) + 1;
    for (int comma = first + 1; comma < end; comma++) {
      if (!tree.token(comma).word().equals(",")) {
        continue;
      }
      int after = comma + 1;
      while (after < end && isQuoteMark(tree.token(after))) {
        after++;
      }
      if (after < end && attributionAt(tree, after, end)) {
        int cut = tree.token(after - 1).end();
        return Optional.of(new QuotedSpan(new Span(q.inner().begin(), cut), new Span(q.outer().begin(), cut), q.continuesPrevious()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the words from {@code start} open an attribution: a reporting verb after nothing but
   * its subject ("she wrote …", "Jane Roe, a researcher, says"), or right away before a name or
   * description ("says Jane Roe").
   */
  private static boolean attributionAt(DependencyTree tree, int start, int end) {
    int sentence = tree.token(start).sentence();
    for (int v = start; v < end && v <= start + SPEAKER_WORDS && tree.token(v).sentence() == sentence; v++) {
      Token verb = tree.token(v);
      if (!verb.pos().startsWith("VB") || !CueLexicon.isSpeechVerb(verb.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (v == start) {
        return v + 1 < end && (tree.token(v + 1).pos().startsWith("NN") || tree.token(v + 1).pos().equals("DT"));
      }
      int at = v;
      return tree.children(v).stream()
              .filter(c -> tree.token(c).relation().startsWith("nsubj"))
              .anyMatch(c -> tree.phraseSpans(c, start, at))
          || AppositiveSpeakers.nameBefore(tree, v).filter(n -> allProperNouns(tree, start, n + 1)).isPresent();
    }
    return false;
  }

  /** "Jane Roe" right after the comma, before her apposition. */
  private static boolean allProperNouns(DependencyTree tree, int start, int end) {
    for (int t = start; t < end; t++) {
      if (!tree.token(t).pos().startsWith("NNP")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuoteMark(Token t) {
    return t.pos().equals("''") || t.pos().equals("``") || t.word().equals("'");
  }
}
