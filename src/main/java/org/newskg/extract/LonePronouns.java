package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * A third-person singular personal pronoun ("he", "his", "she", "her") that coreference left out
 * of every chain is the one person the text can mean: the only person, of that gender or of none
 * the article gives, mentioned in its paragraph before it, or in the sentence before when it opens
 * its paragraph. "Ana Ruiz won the race. She said ..." gives her the "She". A chain that holds
 * nothing but such pronouns of one gender ("she … her … she", which coreference links to no name)
 * is judged by its first pronoun and joins whole. Conservative by
 * design: a second person who may be meant (named, or a singular noun of people such as "the
 * driver" whose gender does not exclude it) leaves the pronoun alone, and so does a pronoun inside
 * quotation marks, where the speaker may mean anyone.
 */
final class LonePronouns {
  private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");

  private LonePronouns() {}

  static void attach(
      Analysis analysis, List<Zone> zones, List<MentionCluster> clusters, MentionCluster[] named) {
    MentionCluster[] owner = owners(analysis, clusters, named);
    List<Token> tokens = analysis.tokens();
    boolean[] quoted = QuotedTokens.of(analysis);
    for (List<Token> unit : units(analysis, owner)) {
      Token t = unit.get(0);
      if (quoted[t.index()]
          || unit.stream().anyMatch(p -> CorefAttacher.inExcludedZone(span(p), zones))) {
        continue;
      }
      PersonGenders.Gender gender = PersonGenders.of(t.word()).orElseThrow();
      Set<MentionCluster> candidates = new LinkedHashSet<>();
      boolean rival = false;
      for (int i = windowStart(analysis, t.sentence()); i < t.index(); i++) {
        MentionCluster c = owner[i];
        if (c != null) {
          if (c.type() == EntityType.PERSON && compatible(c, gender)) {
            candidates.add(c);
          }
        } else if (isPersonNoun(analysis, tokens.get(i), owner, gender)) {
          rival = true;
        }
      }
      if (!rival && candidates.size() == 1) {
        MentionCluster c = candidates.iterator().next();
        for (Token p : unit) {
          c.attached.add(new EntityMention(span(p), span(p).of(analysis.text()), MentionKind.PRONOMINAL));
          owner[p.index()] = c;
        }
      }
    }
  }

  private static Span span(Token t) {
    return new Span(t.begin(), t.end());
  }

  /**
   * The pronouns to resolve, each group at once, in text order: a pronoun in no chain alone, and
   * the pronouns of a chain that holds nothing but such pronouns of one gender ("she … her …
   * she"), none of them owned yet.
   */
  private static List<List<Token>> units(Analysis analysis, MentionCluster[] owner) {
    boolean[] chained = DefiniteKinds.chainedHeads(analysis);
    List<List<Token>> units = new ArrayList<>();
    for (Token t : analysis.tokens()) {
      if (isLonePronoun(t) && !chained[t.index()] && owner[t.index()] == null) {
        units.add(List.of(t));
      }
    }
    for (CorefChain chain : analysis.chains()) {
      List<Token> heads = chain.mentions().stream().map(m -> analysis.token(m.headToken())).toList();
      if (chain.mentions().size() > 1
          && chain.mentions().stream().allMatch(m -> m.endToken() - m.firstToken() == 1)
          && heads.stream().allMatch(h -> isLonePronoun(h) && owner[h.index()] == null)
          && heads.stream().map(h -> PersonGenders.of(h.word())).distinct().count() == 1) {
        units.add(heads.stream().sorted(Comparator.comparingInt(Token::index)).toList());
      }
    }
    units.sort(Comparator.comparingInt(u -> u.get(0).index()));
    return units;
  }

  private static boolean isLonePronoun(Token t) {
    return t.pos().startsWith("PRP") && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** Every token's entity: its name's, or that of the pronoun or description attached to it. */
  static MentionCluster[] owners(
      Analysis analysis, List<MentionCluster> clusters, MentionCluster[] named) {
    MentionCluster[] owner = named.clone();
    for (MentionCluster c : clusters) {
      for (EntityMention m : c.attached) {
        for (Token t : analysis.tokens()) {
          if (t.begin() >= m.span().begin() && t.end() <= m.span().end() && owner[t.index()] == null) {
            owner[t.index()] = c;
          }
        }
      }
    }
    return owner;
  }

  /** The first sentence of the pronoun's paragraph, or the sentence before when it opens one. */
  private static int windowStartSentence(Analysis analysis, int sentence) {
    int s = paragraphStart(analysis, sentence);
    return s == sentence ? Math.max(0, sentence - 1) : s;
  }

  private static int paragraphStart(Analysis analysis, int sentence) {
    int s = sentence;
    while (s > 0 && !opensParagraph(analysis, s)) {
      s--;
    }
    return s;
  }

  static int windowStart(Analysis analysis, int sentence) {
    return analysis.sentences().get(windowStartSentence(analysis, sentence)).firstToken();
  }

  private static boolean opensParagraph(Analysis analysis, int sentence) {
    int end = analysis.sentences().get(sentence - 1).end();
    int begin = analysis.sentences().get(sentence).begin();
    return analysis.text().substring(end, begin).contains("\n");
  }

  /**
   * Whether the article's signs of the person's gender (the pronouns attached so far, the usual
   * gender of the first name) allow the pronoun's; no sign allows either.
   */
  private static boolean compatible(MentionCluster c, PersonGenders.Gender gender) {
    int votes = 0;
    for (EntityMention m : c.attached) {
      if (m.kind() == MentionKind.PRONOMINAL) {
        votes += PersonGenders.of(m.text()).map(g -> g == gender ? 1 : -1).orElse(0);
      }
    }
    votes += FirstNameGenders.of(c.canonicalName()).map(g -> g == gender ? 2 : -2).orElse(0);
    return votes >= 0;
  }

  /**
   * A singular common noun of a person that no entity owns ("the driver", "a woman") and whose
   * gender does not exclude the pronoun's: someone else the pronoun may mean. A title before a
   * name ("coach" in "coach Tomas Vidal") is that person's, and a noun that only modifies another
   * ("gang" of "a gang shooting", "police" of "police officials") names no one.
   */
  private static boolean isPersonNoun(
      Analysis analysis, Token t, MentionCluster[] owner, PersonGenders.Gender gender) {
    if (!t.pos().equals("NN")
        || !Animacy.get().isPerson(t.lemma(), t.word())
        || t.relation().equals("compound")) {
      return false;
    }
    if (!t.isRoot() && owner[t.head()] != null) {
      return false;
    }
    Optional<PersonGenders.Gender> own = NounGenders.of(t.lemma());
    return own.isEmpty() || own.get() == gender;
  }
}
