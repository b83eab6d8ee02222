package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * Attaches the pronouns ("he", "its", and "I" or "we" in a quoted speaker's words, which coreference
 * links to the speaker) and descriptions ("the organization", "the president") of a
 * coreference chain to the named entity mentioned before them in the chain. A description must be
 * a plain noun phrase headed by a common noun, outside credits, bylines and page furniture.
 */
final class CorefAttacher {
  private static final Set<String> PERSONAL_PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their",
          "i", "me", "my", "we", "us", "our");
  private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "us", "our");

  private final boolean descriptions;

  /** @param descriptions whether nominal mentions are attached too, not only pronouns */
  CorefAttacher(boolean descriptions) {
    this.descriptions = descriptions;
  }

  void attach(Analysis analysis, List<Zone> zones, MentionCluster[] clusterOfToken) {
    for (CorefChain chain : analysis.chains()) {
      MentionCluster last = firstNamed(chain, clusterOfToken);
      for (CorefMention m : chain.mentions()) {
        MentionCluster own = clusterOfToken[m.headToken()];
        if (own != null) {
          last = own;
          continue;
        }
        if (last == null || inExcludedZone(new Span(m.begin(), m.end()), zones)) {
          continue;
        }
        if ((isPersonalPronoun(m) && !isGroupOfOnePerson(m, last))
            || (descriptions && isDescription(analysis, m, last, clusterOfToken))) {
          last.attached.add(new EntityMention(new Span(m.begin(), m.end()), m.text(), kind(m)));
        }
      }
    }
  }

  /**
   * "We", "us" and "our" speak for a group, which one person is not: in a player's or an
   * envoy's quote they are the team or the country, which coreference often chains to the
   * speaker or to a person named nearby.
   */
  private static boolean isGroupOfOnePerson(CorefMention m, MentionCluster target) {
    return target.type() == EntityType.PERSON
        && FIRST_PERSON_PLURAL.contains(m.text().toLowerCase(Locale.ROOT));
  }

  private static MentionKind kind(CorefMention m) {
    return m.kind() == MentionKind.PRONOMINAL ? MentionKind.PRONOMINAL : MentionKind.NOMINAL;
  }

  private static boolean isPersonalPronoun(CorefMention m) {
    return m.kind() == MentionKind.PRONOMINAL
        && PERSONAL_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT));
  }

  /**
   * A common-noun phrase of a few words that names nothing else: "the organization", "the
   * country", "The Russian government" (for Russia), but not "the Roe administration" (for the
   * Kremlin) nor "a U.S. official".
   */
  private static boolean isDescription(
      Analysis analysis, CorefMention m, MentionCluster target, MentionCluster[] clusterOfToken) {
    if (m.kind() != MentionKind.NOMINAL || m.endToken() - m.firstToken() > 6) {
      return false;
    }
    Token head = analysis.token(m.headToken());
    if (!head.pos().equals("NN") && !head.pos().equals("NNS")) {
      return false;
    }
    if (!head.ner().equals("O") && !head.ner().equals("TITLE")) {
      return false;
    }
    for (int t = m.firstToken(); t < m.endToken(); t++) {
      Token tok = analysis.token(t);
      if (tok.ner().equals("O") || tok.ner().equals("TITLE") || t == m.headToken()) {
        continue;
      }
      boolean ownDemonym =
          tok.ner().equals("NATIONALITY")
              && Gazetteer.get()
                  .countryOfDemonym(tok.word())
                  .map(c -> EntityNames.key(c).equals(target.key()))
                  .orElse(false);
      if (clusterOfToken[t] != target && !ownDemonym) {
        return false; // it names someone or something else
      }
    }
    return true;
  }

  private static MentionCluster firstNamed(CorefChain chain, MentionCluster[] clusterOfToken) {
    for (CorefMention m : chain.mentions()) {
      if (clusterOfToken[m.headToken()] != null) {
        return clusterOfToken[m.headToken()];
      }
    }
    return null;
  }

  static boolean inExcludedZone(Span span, List<Zone> zones) {
    return zones.stream().anyMatch(z -> z.kind() != ZoneKind.CAPTION && z.span().overlaps(span));
  }
}
