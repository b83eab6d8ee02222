package org.newskg.extract;

import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * What a subject noun says about its speaker: a definite description, a noun for people, a share
 * or number of people; and the words of its phrase.
 */
final class SpeakerNouns {
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /** Nouns that count or share out a group: the group is what speaks. */
  private static final Set<String> QUANTITY_NOUNS =
      Set.of("percent", "%", "half", "third", "quarter", "majority", "minority", "most", "many",
          "some", "few", "number", "dozen", "dozens", "hundreds", "thousands", "group", "all");

  private final DependencyTree tree;

  SpeakerNouns(DependencyTree tree) {
    this.tree = tree;
  }

  boolean isDefinite(int noun) {
    return tree.child(noun, "det")
        .map(d -> DEFINITE.contains(tree.token(d).lemma().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  /**
   * A noun of people the lexicon lacks ("jurors", "a defector"), by WordNet: plural, or with a
   * determiner, a possessive ("the victim's cousin") or a number ("one man told reporters"). A bare singular ("Australian woman claims …", a headline) is left alone: it would
   * become a source that a later "she" is given to.
   */
  boolean describesPeople(int noun) {
    Token t = tree.token(noun);
    if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP") && !capitalisedCommonNoun(t)
        || !WordNetPersons.isPerson(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return t.pos().equals("NNS")
        || tree.children(noun).stream().anyMatch(c -> Set.of("det", "nummod", "nmod:poss").contains(tree.token(c).relation()));
  }

  /**
   * "a senior Republican", "the Briton": a noun of people written with a capital, which the tagger
   * calls a proper noun though NER finds no name in it.
   */
  private static boolean capitalisedCommonNoun(Token t) {
    return t.ner().equals("O") || t.ner().equals("MISC") || t.ner().equals("NATIONALITY");
  }

  static boolean isPersonNoun(Token t) {
    return CueLexicon.PERSON_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))
        || CueLexicon.PERSON_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
        || t.ner().equals("TITLE");
  }

  /**
   * A share or number of people: "55 percent of respondents", "most of the residents", "two of
   * the jurors". The quantity heads the phrase; the people follow "of".
   */
  boolean ofPeople(int head) {
    Token h = tree.token(head);
    boolean quantity =
        h.ner().equals("PERCENT") || h.ner().equals("NUMBER") || h.pos().equals("CD")
            || QUANTITY_NOUNS.contains(h.lemma().toLowerCase(Locale.ROOT));
    return quantity
        && tree.children(head).stream()
            .anyMatch(c -> tree.token(c).relation().startsWith("nmod")
                && (isPersonNoun(tree.token(c)) || Animacy.get().isPerson(tree.token(c).lemma(), tree.token(c).word()))
                && tree.children(c).stream().anyMatch(k -> tree.token(k).lemma().equalsIgnoreCase("of")));
  }

  /** The subject's noun phrase, without a preposition before it ("according to …"). */
  Span nounPhrase(int head) {
    TokenRange range = tree.subtree(head);
    int first = range.begin();
    for (int c : tree.children(head)) {
      String r = tree.token(c).relation();
      if (c < head && (r.equals("case") || r.equals("punct"))) {
        first = Math.max(first, tree.subtree(c).end());
      }
    }
    return tree.span(Math.min(first, head), range.end());
  }
}
