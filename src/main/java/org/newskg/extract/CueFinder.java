package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * Finds the reporting verbs (or "according to") that govern a span of words in the dependency
 * parse or stand next to it in its sentences, so "“…,” she said", "he told reporters: “…”", "said
 * a U.S. official" and "with X saying: “…”" are all one case; and holds the tests of what counts as
 * a cue verb, which all the cue rules share. The speaker of a cue is found by {@link CueSpeakers};
 * the cues of other shapes (in the next sentence or paragraph, after a dash, in an introduction
 * before the words) by {@link CuesAfterQuote} and {@link CuesBeforeQuote}, which their callers ask
 * directly.
 */
final class CueFinder {
  /**
   * An attribution.
   *
   * @param verb the reporting verb's token, or the "according" token
   * @param speaker the token heading the speaker's phrase
   * @param lemma the cue as stored: "say", "shoot back", "according to"
   * @param verbsBetween how many other verbs stand between the words and the cue in the tree (0
   *     when the cue governs them directly)
   */
  record Cue(int verb, int speaker, String lemma, int verbsBetween) {
    /** The cue of {@code verb}, which governs the words itself, spoken by {@code speaker}. */
    static Cue of(DependencyTree tree, int verb, int speaker) {
      return new Cue(verb, speaker, CueFinder.lemma(tree, verb), 0);
    }
  }

  private final DependencyTree tree;
  private final boolean[] quoted;
  private final CueSpeakers speakers;
  private final CuesAfterQuote after;
  private final CuesBeforeQuote before;
  private final AccordingToPhrases according;

  CueFinder(
      DependencyTree tree, boolean[] quoted, CueSpeakers speakers, CuesAfterQuote after, CuesBeforeQuote before) {
    this.tree = tree;
    this.quoted = quoted;
    this.speakers = speakers;
    this.after = after;
    this.before = before;
    this.according = new AccordingToPhrases(tree, quoted);
  }

  /**
   * The reporting verbs above tokens [first, end) in the tree, nearest first, walking up from
   * their head: "What they're saying: “…,” a spokesperson said" has two, and the caller keeps the
   * first whose speaker it can name.
   */
  List<Cue> governing(int first, int end) {
    List<Cue> found = new ArrayList<>();
    // A verb WordNet knows as one of communication ("pointed out that she is “…”", "chanted “…”")
    // governs words, not a term it names ("called it “Hope”"): only for more than a few words.
    boolean words = StatementExtractor.wordCount(tree, first, end) > StatementExtractor.MAX_SCARE_WORDS;
    for (int t = first; t < end; t++) {
      int head = tree.token(t).head();
      if (head >= first && head < end) {
        continue;
      }
      int verbs = 0;
      int from = t;
      int cur = head;
      while (cur >= 0) {
        Token a = tree.token(cur);
        boolean cue = isQuotingVerb(a) || (words && verbs == 0 && isVerbOfCommunication(a));
        if (!quoted[cur] && cue && takesAsContent(a, tree.token(from))) {
          speakers.cue(cur, verbs).ifPresent(found::add);
        }
        if (a.pos().startsWith("VB")) {
          verbs++;
        }
        from = cur;
        cur = a.head();
      }
      return found;
    }
    return found;
  }

  /**
   * A cue next to the words: after them in the sentence where they end ("“…,” the official
   * said"), else before them in the sentence where they begin ("Smith added: “…”").
   */
  List<Cue> adjacent(int first, int end) {
    List<Cue> found = new ArrayList<>();
    Sentence last = tree.analysis().sentenceOf(tree.token(end - 1));
    for (int t = end; t < last.endToken(); t++) {
      if (!quoted[t] && isQuotingVerb(tree.token(t))) {
        int verb = t;
        speakers.cue(t, 0).or(() -> after.nameSetOffAfterQuote(end, verb)).ifPresent(found::add);
      }
    }
    Sentence firstSentence = tree.analysis().sentenceOf(tree.token(first));
    for (int t = first - 1; t >= firstSentence.firstToken(); t--) {
      if (!quoted[t] && isQuotingVerb(tree.token(t))) {
        speakers.cue(t, 0).ifPresent(found::add);
      }
    }
    according.in(firstSentence).ifPresent(found::add);
    before.verbTaggedAsNounBefore(first).ifPresent(found::add);
    after.openingNextSentence(end).ifPresent(found::add);
    after.communicationVerbRightAfter(end).ifPresent(found::add);
    return found;
  }

  /** The verb's cue as stored: its lemma, with its particle ("shoot back"). */
  static String lemma(DependencyTree tree, int verb) {
    String lemma = tree.token(verb).lemma().toLowerCase(Locale.ROOT);
    return tree.child(verb, "compound:prt")
        .map(p -> lemma + " " + tree.token(p).word().toLowerCase(Locale.ROOT))
        .orElse(lemma);
  }

  /**
   * "The statement continued: “…”" is speech, "the U.S. continues “to engage …”" is not: verbs
   * that report only when quoting must take the words as their clause, not as an infinitive.
   */
  private static boolean takesAsContent(Token verb, Token child) {
    if (!CueLexicon.QUOTE_ONLY_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String r = child.relation();
    return r.equals("ccomp") || r.equals("parataxis") || r.equals("dep") || r.equals("obj");
  }

  /** A verb whose first or second WordNet sense is one of communication ("thunder", "chant"). */
  static boolean isVerbOfCommunication(Token t) {
    return communicates(t, 2);
  }

  /** Whether one of the verb's first {@code senses} WordNet senses is one of communication. */
  static boolean communicates(Token t, int senses) {
    if (!t.pos().startsWith("VB")) {
      return false;
    }
    return WordNet.get().amongFirstSenses(t.lemma(), WordNet.Pos.VERB, senses, "verb.communication");
  }

  static boolean isQuotingVerb(Token t) {
    return t.pos().startsWith("VB") && CueLexicon.isQuotingVerb(t.lemma().toLowerCase(Locale.ROOT));
  }

  static boolean isSpeechVerb(Token t) {
    return t.pos().startsWith("VB") && CueLexicon.isSpeechVerb(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** A quotation mark token, whichever way the tagger took it. */
  static boolean isQuoteMark(DependencyTree tree, int t) {
    String pos = tree.token(t).pos();
    return pos.equals("''") || pos.equals("``");
  }
}
