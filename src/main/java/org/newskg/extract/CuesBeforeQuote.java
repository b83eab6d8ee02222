package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.nlp.VerbForms;
import org.newskg.nlp.WordNet;

/**
 * Attributions before a quote that the parse does not link to it: a reporting verb the tagger took
 * for a noun, or the previous sentence ending in a colon or comma ("X wrote:").
 */
final class CuesBeforeQuote {
  private final DependencyTree tree;
  private final boolean[] quoted;
  private final CueSpeakers speakers;

  CuesBeforeQuote(DependencyTree tree, boolean[] quoted, CueSpeakers speakers) {
    this.tree = tree;
    this.quoted = quoted;
    this.speakers = speakers;
  }

  /**
   * "The Department of Agriculture notes, “…”", "with one poster writing “…”": the tagger took the
   * reporting verb right before the quote for a noun. When the word before the opening mark (a
   * comma or colon aside) is a reporting verb's form tagged as a noun, the noun before it names
   * the speaker.
   */
  Optional<CueFinder.Cue> verbTaggedAsNounBefore(int first) {
    int v = first - 1;
    while (v > 0 && (quoted[v] || tree.token(v).word().equals(",") || tree.token(v).word().equals(":"))) {
      v--;
    }
    if (v < 1 || quoted[v] || !tree.token(v).pos().startsWith("NN")) {
      return Optional.empty();
    }
    String lemma = VerbForms.lemmaAsVerb(tree.token(v).word());
    Token before = tree.token(v - 1);
    boolean sameSentence = before.sentence() == tree.token(v).sentence();
    if (!CueLexicon.isSpeechVerb(lemma) || quoted[v - 1] || !sameSentence
        || !(before.pos().startsWith("NN") || before.pos().equals("PRP"))) {
      return Optional.empty();
    }
    return Optional.of(new CueFinder.Cue(v, v - 1, lemma, 0));
  }

  /**
   * For a quote whose own sentence names no speaker: the previous sentence, when it ends with a
   * colon or a comma and reports ("X wrote:", "X has called it “dangerous”:", "X commented,").
   */
  List<CueFinder.Cue> introducedBefore(int first) {
    Sentence own = tree.analysis().sentenceOf(tree.token(first));
    if (own.index() == 0) {
      return List.of();
    }
    Sentence before = tree.analysis().sentences().get(own.index() - 1);
    String last = tree.token(before.endToken() - 1).word();
    if (!last.equals(":") && !last.equals(",")) {
      return List.of(); // "X wrote:" or, across a line break, "X commented,"
    }
    List<CueFinder.Cue> found = new ArrayList<>();
    for (int t = before.endToken() - 1; t >= before.firstToken(); t--) {
      if (!quoted[t] && CueFinder.isQuotingVerb(tree.token(t))) {
        speakers.cue(t, 0).ifPresent(found::add);
      }
    }
    if (found.isEmpty() && last.equals(":")) {
      nameBeforeColon(before.endToken() - 1).ifPresent(found::add);
    }
    return found;
  }

  /**
   * A line that ends in a name and a colon introduces that person's or organization's words ("…
   * such as the seismologist Dr Jane Roe:"), and a line that ends in someone's words or statement
   * introduces theirs ("His exact words:"); a place before a colon introduces nobody.
   */
  private Optional<CueFinder.Cue> nameBeforeColon(int colon) {
    int noun = colon - 1;
    if (noun < 0 || quoted[noun] || tree.token(noun).sentence() != tree.token(colon).sentence()) {
      return Optional.empty();
    }
    Token t = tree.token(noun);
    if (t.pos().startsWith("NNP") && (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"))) {
      return Optional.of(new CueFinder.Cue(colon, noun, "", 0));
    }
    boolean words = t.pos().startsWith("NN")
        && WordNet.get().amongFirstSenses(t.lemma(), WordNet.Pos.NOUN, 1, "noun.communication");
    return words ? tree.child(noun, "nmod:poss").map(owner -> new CueFinder.Cue(colon, owner, "", 0)) : Optional.empty();
  }
}
