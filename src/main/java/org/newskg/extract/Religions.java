package org.newskg.extract;

import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * A religion or movement named by a proper noun ("Scientology", "Church of Scientology", tagged
 * RELIGION or IDEOLOGY by CoreNLP) is, in news, the body that acts, sues and is left: an
 * organization. Words for its followers are not: a name with a plural noun ("Mormons"), an
 * adjective, or an article before it ("a Mormon") is left out.
 */
final class Religions {
  private Religions() {}

  static boolean isBodyName(Analysis analysis, NamedEntity ne) {
    if (!ne.type().equals("RELIGION") && !ne.type().equals("IDEOLOGY")) {
      return false;
    }
    for (int t = ne.firstToken(); t < ne.endToken(); t++) {
      Token tok = analysis.token(t);
      if (tok.pos().equals("NNPS") || tok.pos().startsWith("JJ") || tok.pos().equals("NNS")) {
        return false;
      }
    }
    Token last = analysis.token(ne.endToken() - 1);
    if (!last.pos().equals("NNP")) {
      return false;
    }
    for (Token t : analysis.tokens()) {
      if (t.head() == last.index() && t.relation().equals("det")
          && (t.lemma().equalsIgnoreCase("a") || t.lemma().equalsIgnoreCase("an"))) {
        return false;
      }
    }
    return true;
  }
}
