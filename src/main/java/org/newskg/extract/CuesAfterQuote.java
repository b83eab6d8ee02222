package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Attributions after a quote that the parse does not link to it: a name set off after the quote,
 * a verb opening the next sentence or paragraph, a verb of communication right after it, a dash
 * and a name.
 */
final class CuesAfterQuote {
  /** How many words a subject opening the sentence after a quote may take ("the Justice Department spokesman"). */
  private static final int OPENING_SUBJECT_WORDS = 6;

  private final DependencyTree tree;
  private final boolean[] quoted;
  private final CueSpeakers speakers;

  CuesAfterQuote(DependencyTree tree, boolean[] quoted, CueSpeakers speakers) {
    this.tree = tree;
    this.quoted = quoted;
    this.speakers = speakers;
  }

  /**
   * "“…, Jane Roe, a researcher, says.": the name that follows the quote, set off from the verb by
   * an apposition, when the parser gave the verb no subject.
   */
  Optional<CueFinder.Cue> nameSetOffAfterQuote(int quoteEnd, int verb) {
    return AppositiveSpeakers.nameBefore(tree, verb)
        .filter(n -> !quoted[n])
        .filter(n -> textBetween(quoteEnd, nameStart(n)).replaceAll("[\\s,\"”’']", "").isEmpty())
        .map(n -> CueFinder.Cue.of(tree, verb, n));
  }

  private int nameStart(int name) {
    int t = name;
    while (t > 0 && tree.token(t - 1).pos().startsWith("NNP")) {
      t--;
    }
    return t;
  }

  /**
   * "“…?” she asked.": the sentence splitter often ends the sentence at a question or exclamation
   * mark inside the quote, and the attribution opens the next sentence. When nothing but the
   * closing mark follows the quote in its sentence, a reporting verb in the same paragraph that
   * opens the next sentence after nothing but its subject, with no clause of its own to report,
   * attributes the quote; as right after a quote, a verb WordNet knows as one of communication
   * counts.
   */
  Optional<CueFinder.Cue> openingNextSentence(int end) {
    Sentence own = tree.analysis().sentenceOf(tree.token(end - 1));
    for (int t = end; t < own.endToken(); t++) {
      if (!quoted[t] && !CueFinder.isQuoteMark(tree, t)) {
        return Optional.empty();
      }
    }
    return nextSentenceStart(end)
        .filter(start -> textBetween(end, start).indexOf('\n') < 0)
        .flatMap(start -> attributionOpening(start, sentenceEnd(start), t -> CueFinder.isQuotingVerb(t) || CueFinder.isVerbOfCommunication(t), false));
  }

  /**
   * The first token of the sentence after the one where the quote ends at {@code end}, past the
   * quote's closing mark when the splitter put it there.
   */
  private Optional<Integer> nextSentenceStart(int end) {
    Sentence own = tree.analysis().sentenceOf(tree.token(end - 1));
    List<Sentence> sentences = tree.analysis().sentences();
    if (own.index() + 1 >= sentences.size()) {
      return Optional.empty();
    }
    Sentence next = sentences.get(own.index() + 1);
    int start = next.firstToken();
    while (start < next.endToken() && CueFinder.isQuoteMark(tree, start) && quoted[start]) {
      start++;
    }
    return start < next.endToken() ? Optional.of(start) : Optional.empty();
  }

  private String textBetween(int end, int start) {
    return tree.analysis().text().substring(tree.token(end - 1).end(), tree.token(start).begin());
  }

  private int sentenceEnd(int token) {
    return tree.analysis().sentenceOf(tree.token(token)).endToken();
  }

  /**
   * A quote nothing attributes, whose paragraph ends with it, followed by a paragraph that opens
   * with a name and a reporting verb ("“…” ¶ Jane Roe says the plant …"): the quote leads into
   * that person's words. For the caller to try last, when nothing else names a speaker.
   */
  Optional<CueFinder.Cue> namedSpeakerOpeningNextParagraph(int end) {
    return nextSentenceStart(end)
        .filter(start -> isOneLineBreak(textBetween(end, start)))
        .flatMap(start -> attributionOpening(start, sentenceEnd(start), CueFinder::isQuotingVerb, true))
        .filter(c -> tree.token(c.speaker()).pos().startsWith("NNP"));
  }

  /**
   * A quote nothing attributes, followed on the next line by a sentence that is nothing but an
   * attribution ("“…” ¶ Jane Roe, a critic of the plan, said before the vote."): that sentence
   * reports nothing of its own, so it can only attribute the quote before it. Stronger evidence
   * than carrying on an earlier speaker; any speaker, a pronoun too.
   */
  Optional<CueFinder.Cue> bareAttributionOpeningNextParagraph(int end) {
    return nextSentenceStart(end)
        .filter(start -> isOneLineBreak(textBetween(end, start)))
        .flatMap(this::bareAttribution);
  }

  /**
   * The sentence from {@code start} as a bare attribution: no quoted words, its root a finite verb
   * of saying proper with nothing to report (no object, clause or complement), and before the verb only
   * its subject, however long its apposition.
   */
  private Optional<CueFinder.Cue> bareAttribution(int start) {
    int limit = sentenceEnd(start);
    int root = -1;
    for (int t = start; t < limit; t++) {
      if (quoted[t]) {
        return Optional.empty();
      }
      root = tree.token(t).isRoot() ? t : root;
    }
    if (root < 0 || !BARE_VERBS.contains(tree.token(root).lemma().toLowerCase(Locale.ROOT))
        || tree.token(root).pos().equals("VBN") || tree.token(root).pos().equals("VBG")
        || tree.children(root).stream().anyMatch(c -> BARE_EXCLUDED.contains(tree.token(c).relation()))) {
      return Optional.empty();
    }
    int verb = root;
    return speakers.subjectOf(verb)
        .filter(s -> tree.phraseSpans(s, start, verb))
        .map(s -> CueFinder.Cue.of(tree, verb, s));
  }

  /**
   * Verbs that, alone with their subject, attribute words said before them. Not "agree", "respond"
   * or "deny": "The visitors' coach agreed." after a quote answers it.
   */
  private static final Set<String> BARE_VERBS = Set.of("say", "add", "explain", "write", "recall", "state");

  /** What a verb of saying reports or is told to: a bare attribution has none of them. */
  private static final Set<String> BARE_EXCLUDED =
      Set.of("obj", "iobj", "ccomp", "xcomp", "parataxis", "csubj", "dep");

  /** Nothing between but closing marks and a single line break. */
  private static boolean isOneLineBreak(String between) {
    return between.chars().filter(c -> c == '\n').count() == 1
        && between.strip().replace("\"", "").replace("”", "").isEmpty();
  }

  /**
   * "“…!” the prime minister thundered": right after the quote, a verb of its own sentence that
   * comes after nothing but its subject (or before it) and whose first or second sense in WordNet
   * is one of communication, though the lexicon lacks it. Only in this place, where an attribution
   * stands, is so loose a test safe.
   */
  Optional<CueFinder.Cue> communicationVerbRightAfter(int end) {
    Sentence own = tree.analysis().sentenceOf(tree.token(end - 1));
    int start = end;
    while (start < own.endToken() && (CueFinder.isQuoteMark(tree, start) || tree.token(start).word().equals(","))) {
      start++;
    }
    return start < own.endToken()
        ? attributionOpening(start, own.endToken(), CueFinder::isVerbOfCommunication, false)
        : Optional.empty();
  }

  /**
   * A cue verb among the first words from {@code start}, with nothing before it but its subject
   * (or nothing at all: "said Roe"), and, unless {@code ownClause}, no clause of its own to report
   * ("She said the plan failed." is a report of its own).
   */
  private Optional<CueFinder.Cue> attributionOpening(int start, int limit, Predicate<Token> isCue, boolean ownClause) {
    for (int v = start; v < limit && v <= start + OPENING_SUBJECT_WORDS; v++) {
      if (quoted[v]) {
        return Optional.empty();
      }
      if (!isCue.test(tree.token(v))) {
        continue;
      }
      if (!ownClause && reportsOwnClause(v)) {
        return Optional.empty();
      }
      Optional<Integer> speaker = speakers.speakerOf(v);
      if (speaker.isEmpty()) {
        return Optional.empty();
      }
      boolean onlySubjectBefore = v == start || tree.phraseSpans(speaker.get(), start, v);
      return onlySubjectBefore
          ? Optional.of(CueFinder.Cue.of(tree, v, speaker.get()))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether the verb has a clause of its own to report: a complement clause, or a clause set next
   * to it ("She said, the plan failed"); a clause tacked on far after it is something else.
   */
  private boolean reportsOwnClause(int verb) {
    return tree.children(verb).stream()
        .anyMatch(c -> tree.token(c).relation().equals("ccomp")
            || (tree.token(c).relation().equals("parataxis") && c > verb && tree.subtree(c).begin() <= verb + 3));
  }

  /**
   * "“…” - Jane Roe": a quotation set apart with a dash and the name of whoever said it, as under a
   * pull quote or an epigraph. The name must end the line.
   */
  Optional<CueFinder.Cue> dashAfter(Span outer) {
    String text = tree.analysis().text();
    int i = outer.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length() || "-\u2013\u2014".indexOf(text.charAt(i)) < 0) {
      return Optional.empty();
    }
    int dash = tree.tokenAt(i);
    int name = dash + 1;
    if (name >= tree.analysis().tokens().size() || !tree.token(name).pos().startsWith("NNP")) {
      return Optional.empty();
    }
    int lineEnd = text.indexOf('\n', i);
    String rest = text.substring(i + 1, lineEnd < 0 ? text.length() : lineEnd).strip();
    boolean nameOnly = rest.split("\\s+").length <= 5;
    return nameOnly ? Optional.of(new CueFinder.Cue(dash, name, "", 0)) : Optional.empty();
  }
}
