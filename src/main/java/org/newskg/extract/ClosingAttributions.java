package org.newskg.extract;

import java.util.Optional;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Attributions that close their sentence after a comma ("…, police said Tuesday.", "…, said
 * spokesman Al Roe."), found on the words around the verb rather than on the parse, which often
 * hangs such a verb on the sentence's last clause.
 */
final class ClosingAttributions {
  /**
   * What a closing attribution vouches for.
   *
   * @param start the first token of the content
   * @param end the token after the content (the comma before the attribution)
   * @param speaker the token heading the speaker's phrase
   */
  record Closing(int start, int end, int speaker) {}

  private final DependencyTree tree;
  private final boolean[] quoted;

  ClosingAttributions(DependencyTree tree, boolean[] quoted) {
    this.tree = tree;
    this.quoted = quoted;
  }

  /**
   * "CLAUSE, a police spokesman said Tuesday." and "CLAUSE, said spokesman Al Roe.": an attribution
   * that closes its sentence after a comma, with nothing after the verb but its speaker or when
   * and where it spoke, vouches for everything before the comma, however the parser hung the
   * verb (often on the last relative clause, or with the first name of the sentence as its
   * subject). {@code sentenceStart} is where the sentence's own words begin (after a dateline).
   */
  Optional<Closing> of(int v, Sentence sentence, int sentenceStart) {
    int end = tree.beforePunctuation(v + 1, sentence.endToken());
    for (int t = v + 1; t < end; t++) {
      Token after = tree.token(t);
      if (quoted[t] || ClauseWords.isVerbOrModal(after.pos()) || after.word().equals(",")) {
        return Optional.empty(); // "…, he said, adding …" or "…, she said in a statement that …"
      }
    }
    int comma = -1;
    for (int t = v - 1; t > sentence.firstToken() && t >= v - ContentsBesideVerb.MAX_TRAILING_SPEAKER_WORDS - 1; t--) {
      if (tree.token(t).word().equals(",")) {
        comma = t;
        break;
      }
      if (quoted[t] || ClauseWords.isVerbOrModal(tree.token(t).pos())) {
        return Optional.empty();
      }
    }
    if (comma < 0 || comma == v - 1 && tree.token(v).lemma().equalsIgnoreCase("tell")) {
      return Optional.empty(); // whom someone tells is never the speaker
    }
    for (int t = comma - 1; t < v; t++) {
      if (CueFinder.isQuoteMark(tree, t)) {
        return Optional.empty(); // "…,' he said": a quotation's attribution
      }
    }
    Optional<Integer> speaker = comma == v - 1 ? phraseHead(v, v + 1, end) : phraseHead(v, comma + 1, v);
    int start = sentenceStart;
    return speaker.isPresent() && comma - start >= 3 && hasFiniteVerb(start, comma) && !afterQuote(start, comma)
        ? Optional.of(new Closing(start, comma, speaker.get()))
        : Optional.empty();
  }

  /** A clause, not "Asked about the fire, he said.": a finite verb or modal among the tokens. */
  private boolean hasFiniteVerb(int from, int to) {
    for (int t = from; t < to; t++) {
      if (ClauseWords.isFiniteOrModal(tree.token(t).pos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before the comma end with a quotation and a phrase with no verb: '“…,”
   * Jane Roe, the store's owner, said' is a direct quote's attribution.
   */
  private boolean afterQuote(int start, int comma) {
    for (int t = comma - 1; t >= start; t--) {
      if (quoted[t]) {
        return true;
      }
      if (ClauseWords.isVerbOrModal(tree.token(t).pos())) {
        return false;
      }
    }
    return false;
  }

  /**
   * The token heading the noun phrase in [from, to), whatever the parse made of the rest of the
   * sentence: the verb's subject if it is there ("cops and family said"), else the last noun or
   * pronoun before a preposition or the end ("prison spokesman Al Roe", "a police sergeant").
   */
  private Optional<Integer> phraseHead(int verb, int from, int to) {
    for (int c : tree.children(verb)) {
      if (c >= from && c < to && tree.token(c).relation().startsWith("nsubj")) {
        return Optional.of(c);
      }
    }
    int last = -1;
    for (int t = from; t < to; t++) {
      Token w = tree.token(t);
      if (w.pos().equals("IN") || w.pos().equals("TO")) {
        break; // "spokesman for the ministry", "police on Tuesday"
      }
      if (w.pos().startsWith("NN") || w.pos().equals("PRP")) {
        last = t;
      }
    }
    if (last < 0 || tree.token(last).ner().equals("DATE") || tree.token(last).ner().equals("TIME")) {
      return Optional.empty();
    }
    return Optional.of(last);
  }
}
