package org.newskg.extract;

import java.util.HashSet;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * Persons' names NER tags as organizations. Two kinds of evidence from the article itself: the
 * name is made of words NER tags as a person's name elsewhere in the article and ends with the
 * last word of such a name ("Trump intervention" after "President Donald Trump", a full name
 * whose surname alone was tagged a person, with the untagged capitalised word before it); or it
 * starts with a known first name and stands in a list of persons' names ("Harry Kane, Ann Lee
 * and John Stones").
 */
final class OrganizationTaggedPersons {
  /** Longer names are titles of bodies more often than persons' names. */
  private static final int LONGEST = 3;

  private final Set<String> personWords = new HashSet<>();
  private final Set<String> lastWords = new HashSet<>();
  private final boolean[] personToken;

  OrganizationTaggedPersons(Analysis analysis) {
    personToken = new boolean[analysis.tokens().size()];
    for (NamedEntity ne : analysis.entities()) {
      if (!ne.type().equals("PERSON")) {
        continue;
      }
      for (int t = ne.firstToken(); t < ne.endToken(); t++) {
        personWords.add(analysis.token(t).word());
        personToken[t] = true;
      }
      lastWords.add(analysis.token(ne.endToken() - 1).word());
      // NER sometimes leaves a first name it does not know out of the name ("Dries Mertens")
      if (ne.firstToken() > 0 && isUntaggedCapitalised(analysis.token(ne.firstToken() - 1))) {
        personWords.add(analysis.token(ne.firstToken() - 1).word());
      }
    }
  }

  private static boolean isUntaggedCapitalised(Token t) {
    return t.ner().equals("O") && t.word().matches("\\p{Lu}\\p{Ll}+");
  }

  boolean isPerson(Analysis analysis, NamedEntity ne) {
    int length = ne.endToken() - ne.firstToken();
    if (!ne.type().equals("ORGANIZATION") || length > LONGEST || !allCapitalised(analysis, ne)) {
      return false;
    }
    return madeOfPersonWords(analysis, ne)
        || (FirstNameGenders.of(ne.text()).isPresent() && coordinatedWithPersons(analysis, ne));
  }

  /** Capitalised words whatever their tags: the tagger takes "Stones" for a plural. */
  private static boolean allCapitalised(Analysis analysis, NamedEntity ne) {
    for (int t = ne.firstToken(); t < ne.endToken(); t++) {
      if (!Character.isUpperCase(analysis.token(t).word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private boolean madeOfPersonWords(Analysis analysis, NamedEntity ne) {
    for (int t = ne.firstToken(); t < ne.endToken(); t++) {
      if (!personWords.contains(analysis.token(t).word())) {
        return false;
      }
    }
    return lastWords.contains(analysis.token(ne.endToken() - 1).word());
  }

  /**
   * The name is one of a list that holds two persons' names or more: a list of players, say.
   * One person beside it is weaker evidence ("the schools Santo Spirito and Immacolata", where
   * NER takes the other school for a person too).
   */
  private boolean coordinatedWithPersons(Analysis analysis, NamedEntity ne) {
    Token last = analysis.token(ne.endToken() - 1);
    int first =
        last.relation().equals("conj") && !last.isRoot() ? last.head() : last.index();
    int persons = personToken[first] && first != last.index() ? 1 : 0;
    for (Token t : analysis.tokens()) {
      if (personToken[t.index()]
          && t.index() != last.index()
          && t.relation().equals("conj")
          && !t.isRoot()
          && t.head() == first) {
        persons++;
      }
    }
    return persons >= 2;
  }
}
