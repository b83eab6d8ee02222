package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * Letters after a person's name set off by commas are a degree, honour or rank ("Ana Ruiz, MD,
 * said", "the prosecutor, Tomas Vidal, QC, told"), not a place or organization that NER takes them
 * for (Maryland, Quebec): a word of two to four capitals, dots aside, right after a comma that
 * follows the end of a person's name, and itself followed by a comma, a full stop or the end of the
 * text. A place after a person's name is usually written out ("Ana Ruiz, Texas"), which this leaves
 * alone; an abbreviated state after a name ("Ana Ruiz, NY,") is lost, a rarer habit.
 */
final class PostNominals {
  private PostNominals() {}

  static boolean isPostNominal(Analysis analysis, NamedEntity ne) {
    if (ne.endToken() - ne.firstToken() != 1 || ne.firstToken() < 2) {
      return false;
    }
    Token word = analysis.token(ne.firstToken());
    String letters = word.word().replace(".", "");
    if (letters.length() < 2
        || letters.length() > 4
        || !letters.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    Token comma = analysis.token(ne.firstToken() - 1);
    if (!comma.word().equals(",") || comma.sentence() != word.sentence()) {
      return false;
    }
    int after = ne.endToken();
    if (after < analysis.tokens().size()) {
      Token next = analysis.token(after);
      if (next.sentence() == word.sentence()
          && !next.word().equals(",")
          && !next.word().equals(".")) {
        return false;
      }
    }
    return endsPersonName(analysis.entities(), comma.index());
  }

  private static boolean endsPersonName(List<NamedEntity> entities, int endToken) {
    return entities.stream().anyMatch(e -> e.endToken() == endToken && e.type().equals("PERSON"));
  }
}
