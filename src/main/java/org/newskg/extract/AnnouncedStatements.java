package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * A quotation that opens its line right after a sentence announcing a statement is that
 * statement's words: "The club released a statement on Tuesday. ¶ “We are aware of …”", "Roe said
 * in a letter to shareholders. ¶ “…”". The announcing sentence is whole on its own (it ends with a
 * full stop, not a colon) and quotes nothing itself.
 */
final class AnnouncedStatements {
  private final DependencyTree tree;
  private final boolean[] quoted;
  private final CueFinder cues;

  AnnouncedStatements(DependencyTree tree, boolean[] quoted, CueFinder cues) {
    this.tree = tree;
    this.quoted = quoted;
    this.cues = cues;
  }

  /** The announcement right before the quote whose first word is {@code first}, if there is one. */
  Optional<CueFinder.Cue> before(int first, Span outer) {
    if (!opensLine(outer)) {
      return Optional.empty();
    }
    Sentence own = tree.analysis().sentenceOf(tree.token(first));
    if (own.index() == 0) {
      return Optional.empty();
    }
    Sentence before = tree.analysis().sentences().get(own.index() - 1);
    String text = tree.analysis().text();
    Token last = tree.token(before.endToken() - 1);
    boolean lineBetween = text.substring(last.end(), outer.begin()).indexOf('\n') >= 0;
    if (!last.word().equals(".") || !lineBetween) {
      return Optional.empty();
    }
    for (int t = before.firstToken(); t < before.endToken(); t++) {
      if (quoted[t]) {
        return Optional.empty();
      }
    }
    for (int v = before.firstToken(); v < before.endToken(); v++) {
      if (announces(v)) {
        int verb = v;
        Optional<Integer> speaker = cues.subjectOf(verb);
        if (speaker.isPresent()) {
          return Optional.of(new CueFinder.Cue(verb, speaker.get(), cues.lemma(verb), 0));
        }
      }
    }
    return Optional.empty();
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
