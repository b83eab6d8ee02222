package org.newskg.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Verbs of a headline that CoreNLP tags as nouns, because a headline drops its articles and often
 * capitalises every word ("Singer Checks Into Clinic", "Storm Damages Pier"): a word tagged as a
 * noun in such a line is its verb when the article's running text uses that word as a
 * verb ("checked into a clinic", "damaged the pier") and nothing in the headline's parse marks it
 * as a noun of its own (a determiner or a possessor). The running text's verb gives the lemma and,
 * through {@link PhrasalVerbs}, the act ("checks into" as "entered").
 */
final class HeadlineVerbs {
  /** Suffixes of a verb's third person or past form, and what the base form ends with instead. */
  private static final String[][] ENDINGS = {{"ies", "y"}, {"es", ""}, {"s", ""}, {"ed", ""},
      {"ed", "e"}, {"d", ""}};

  private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP", "MD");

  private final DependencyTree tree;
  private final TitleCaseNouns titleCase;
  /** The running text's verbs: each word form and each lemma, lower case, to its first token. */
  private final Map<String, Token> verbs = new HashMap<>();

  HeadlineVerbs(DependencyTree tree, TitleCaseNouns titleCase) {
    this.tree = tree;
    this.titleCase = titleCase;
    for (Token t : tree.analysis().tokens()) {
      if (t.pos().startsWith("VB") && !t.relation().startsWith("aux")
          && !t.relation().equals("cop") && !isHeadline(t.sentence())) {
        verbs.putIfAbsent(t.word().toLowerCase(Locale.ROOT), t);
        verbs.putIfAbsent(EventTriggers.lemma(t), t);
      }
    }
  }

  /**
   * The running text's verb token that a noun-tagged word of a headline stands for, if any. NER's
   * class is not asked: in a title-case line it takes capitalised verbs for names ("Charged").
   */
  Optional<Token> verbOf(Token t) {
    if (!t.pos().startsWith("NN") || !isHeadline(t.sentence()) || hasDeterminer(t)) {
      return Optional.empty();
    }
    String word = t.word().toLowerCase(Locale.ROOT);
    Token verb = verbs.get(word);
    for (int i = 0; verb == null && i < ENDINGS.length; i++) {
      if (word.endsWith(ENDINGS[i][0]) && word.length() > ENDINGS[i][0].length() + 2) {
        verb = verbs.get(word.substring(0, word.length() - ENDINGS[i][0].length()) + ENDINGS[i][1]);
      }
    }
    return Optional.ofNullable(verb)
        .filter(v -> !EventLexicon.NOT_EVENTS.contains(EventTriggers.lemma(v)));
  }

  /**
   * Whether the sentence of this index is a headline: a title-case line, or the text's first line
   * when no word of it is tagged as a finite verb ("Microsoft issues patch to fix bug" tagged with
   * "issues" as a plural noun: a headline without its verb).
   */
  private boolean isHeadline(int sentence) {
    if (titleCase.isTitleLine(sentence)) {
      return true;
    }
    return sentence == 0
        && tree.analysis().tokensOf(tree.analysis().sentences().get(0)).stream()
            .noneMatch(w -> FINITE.contains(w.pos()));
  }

  private boolean hasDeterminer(Token t) {
    return tree.children(t.index()).stream()
        .map(tree::token)
        .anyMatch(c -> c.relation().equals("det") || c.relation().startsWith("nmod:poss"));
  }
}
