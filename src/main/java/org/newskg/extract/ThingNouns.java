package org.newskg.extract;

import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * Which common nouns head a description of a thing that takes part in what an article tells ("the
 * patch", "a car", "the cables"): a noun that is no person, organization or place, no happening
 * ({@link EventLexicon}: "the attack", "the investigation"), no time, number or amount (those carry
 * a named-entity tag), and stands as an argument of a verb or a noun rather than as a modifier. A
 * noun NER tags a title but that names no person ("a ventilator", "the cruiser") is a thing too.
 */
final class ThingNouns {
  /** Dependency relations of arguments: subjects, objects, obliques and noun modifiers. */
  private static final Set<String> ARGUMENTS =
      Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss", "conj");

  /** Obliques and noun modifiers of time or measure ("last week", "a mile away") are no things. */
  private static final Set<String> NOT_ARGUMENTS =
      Set.of("obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod");

  private ThingNouns() {}

  static boolean isThing(Token head) {
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    return (head.pos().equals("NN") || head.pos().equals("NNS"))
        && (head.ner().equals("O") || head.ner().equals("TITLE"))
        && isArgument(head.relation())
        && lemma.chars().allMatch(Character::isLetter)
        && !EventLexicon.isEventNoun(lemma)
        && !EventLexicon.isNominalisation(lemma);
  }

  /**
   * A proper noun NER tags MISC, so neither person, organization nor place ("the Endangered
   * Species Act", "Windows"), standing as an argument or naming what a common noun is of ("the
   * Windows update"), that is no demonym ("Americans") and no plural that names people
   * ("Democrats"). Names are not read for animacy: "Explorer" in a name is no explorer. Proper
   * nouns NER leaves untagged are not taken: they are as often people and organizations NER
   * missed ("Maurice Cheeks") as things, and a person typed a thing is worse than one left out.
   */
  static boolean isNamedThing(Analysis analysis, Token head) {
    String pos = head.pos();
    return (pos.equals("NNP") || pos.equals("NNPS"))
        && head.ner().equals("MISC")
        && (isArgument(head.relation()) || namesACommonNoun(analysis, head))
        && Gazetteer.get().countryOfDemonym(head.word()).isEmpty()
        && !(pos.equals("NNPS") && Animacy.get().isPerson(head.lemma(), head.word()))
        && !EventLexicon.isEventNoun(head.lemma().toLowerCase(Locale.ROOT));
  }

  /** The last word of a name that modifies a common noun: "Explorer" in "Internet Explorer browser". */
  private static boolean namesACommonNoun(Analysis analysis, Token t) {
    if (!t.relation().equals("compound") || t.isRoot() || t.head() != t.index() + 1) {
      return false;
    }
    String governor = analysis.token(t.head()).pos();
    return governor.equals("NN") || governor.equals("NNS");
  }

  private static boolean isArgument(String relation) {
    if (NOT_ARGUMENTS.contains(relation)) {
      return false;
    }
    int colon = relation.indexOf(':');
    String base = colon < 0 ? relation : relation.substring(0, colon);
    return ARGUMENTS.contains(relation) || base.equals("obl") || base.equals("nmod");
  }
}
