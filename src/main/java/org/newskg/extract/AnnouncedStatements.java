package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * A quotation that opens its line right after a sentence announcing a statement is that
 * statement's words: "The club released a statement on Tuesday. ¶ “We are aware of …”", "Roe said
 * in a letter to shareholders. ¶ “…”", or the words of the person that sentence introduces. The
 * announcing sentence ends with a full stop, or with a colon after the statement it announces
 * ("issued the following statement: ¶ “…”"), and quotes nothing itself.
 */
final class AnnouncedStatements {
  private final DependencyTree tree;
  private final boolean[] quoted;
  private final CueSpeakers cues;

  AnnouncedStatements(DependencyTree tree, boolean[] quoted, CueSpeakers cues) {
    this.tree = tree;
    this.quoted = quoted;
    this.cues = cues;
  }

  /** The announcement right before the quote whose first word is {@code first}, if there is one. */
  Optional<CueFinder.Cue> before(int first, Span outer) {
    if (!opensLine(outer)) {
      return Optional.empty();
    }
    int lastBefore = first - 1;
    while (lastBefore >= 0 && tree.token(lastBefore).end() > outer.begin()) {
      lastBefore--; // the opening mark
    }
    if (lastBefore < 0) {
      return Optional.empty();
    }
    Token last = tree.token(lastBefore);
    boolean lineBetween = tree.analysis().text().substring(last.end(), outer.begin()).indexOf('\n') >= 0;
    // "… released a statement." or, the quote following in the same sentence, "… issued the
    // following statement:"
    if (!(last.word().equals(".") || last.word().equals(":")) || !lineBetween) {
      return Optional.empty();
    }
    Sentence sentence = tree.analysis().sentenceOf(last);
    int from = sentence.firstToken();
    int to = lastBefore + 1;
    for (int t = from; t < to; t++) {
      if (quoted[t]) {
        return Optional.empty();
      }
    }
    for (int v = from; v < to; v++) {
      if (announces(v)) {
        int verb = v;
        Optional<Integer> speaker = cues.subjectOf(verb);
        if (speaker.isPresent()) {
          return Optional.of(CueFinder.Cue.of(tree, verb, speaker.get()));
        }
      }
    }
    return introduced(from, to);
  }

  /**
   * "Jane Roe, director of the Bird Trust, welcomed the ruling. ¶ “…”": a sentence whose subject
   * is a person named in full with what they are introduces the speaker of the quote right after
   * it, the way news brings in a new voice.
   */
  private Optional<CueFinder.Cue> introduced(int from, int to) {
    for (int v = from; v < to; v++) {
      Token verb = tree.token(v);
      if (!verb.isRoot() || !verb.pos().startsWith("VB")) {
        continue;
      }
      Optional<Integer> subject = tree.child(v, "nsubj").filter(this::isIntroducedPerson);
      if (subject.isPresent()) {
        return Optional.of(CueFinder.Cue.of(tree, v, subject.get()));
      }
    }
    return Optional.empty();
  }

  private boolean isIntroducedPerson(int subject) {
    Token t = tree.token(subject);
    return t.pos().startsWith("NNP") && t.ner().equals("PERSON") && tree.child(subject, "appos").isPresent();
  }

  private boolean opensLine(Span outer) {
    String text = tree.analysis().text();
    int lineStart = text.lastIndexOf('\n', outer.begin() - 1) + 1;
    return text.substring(lineStart, outer.begin()).isBlank();
  }

  /**
   * A verb whose object is a document of words ("released a statement", "issued a short
   * statement"), or a verb of saying with nothing said after it but where ("said in a statement").
   */
  private boolean announces(int v) {
    Token verb = tree.token(v);
    if (!verb.pos().startsWith("VB")) {
      return false;
    }
    boolean documentObject =
        tree.child(v, "obj").map(o -> isStatementNoun(tree.token(o))).orElse(false);
    if (documentObject) {
      return true;
    }
    boolean saying = CueFinder.isSpeechVerb(verb)
        && tree.children(v).stream().noneMatch(c -> SAID_RELATIONS.contains(tree.token(c).relation()));
    return saying
        && tree.children(v).stream()
            .anyMatch(c -> tree.token(c).relation().startsWith("obl") && isStatementNoun(tree.token(c)));
  }

  private static boolean isStatementNoun(Token t) {
    return t.pos().startsWith("NN")
        && (CueLexicon.DOCUMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) || DocumentNouns.isDocument(t));
  }

  /** Relations that hold what a verb of saying said: such a sentence says its own words. */
  private static final Set<String> SAID_RELATIONS =
      Set.of("ccomp", "parataxis", "obj", "xcomp", "dep");
}
