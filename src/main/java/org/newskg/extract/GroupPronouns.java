package org.newskg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * A "they", "them" or "their" outside quotation marks that coreference left out of every chain is
 * the one organization its paragraph (or the sentence before, when it opens one) names before it,
 * when nothing else there could be "they": "The Harbour Trust met on Monday. They agreed to new
 * rules." News writes an organization in the plural as often as in the singular. Anything plural
 * the pronoun may mean leaves it alone: a second organization, two people or two places, a plural
 * noun no entity owns that names people, groups, animals or made things ("officials", "teams",
 * "robots"; not "allegations"), an earlier plural pronoun no entity owns (some other "they" is in
 * play), or a subject or possessor written as a name that no entity owns (a group NER missed). So
 * does a "them" of a part ("many of them": a part of things counted, seldom of one organization)
 * and a pronoun in what a person is reported to say ("Ana Ruiz said they …" speaks of her own
 * group, which need not be the organization named).
 */
final class GroupPronouns {
  private static final Set<String> PRONOUNS = Set.of("they", "them", "their");
  private static final Set<String> PLURAL_KINDS =
      Set.of("noun.person", "noun.group", "noun.animal", "noun.artifact");

  private GroupPronouns() {}

  static void attach(
      Analysis analysis, List<Zone> zones, List<MentionCluster> clusters, MentionCluster[] named) {
    MentionCluster[] owner = LonePronouns.owners(analysis, clusters, named);
    boolean[] chained = DefiniteKinds.chainedHeads(analysis);
    boolean[] quoted = QuotedTokens.of(analysis);
    DependencyTree tree = new DependencyTree(analysis);
    for (Token t : analysis.tokens()) {
      if (!isPluralPronoun(t)
          || chained[t.index()]
          || owner[t.index()] != null
          || quoted[t.index()]
          || isPartitive(tree, t)
          || inPersonsWords(tree, t, owner)) {
        continue;
      }
      Span span = new Span(t.begin(), t.end());
      if (CorefAttacher.inExcludedZone(span, zones)) {
        continue;
      }
      Set<MentionCluster> organizations = new LinkedHashSet<>();
      Set<MentionCluster> others = new LinkedHashSet<>();
      boolean rival = false;
      for (int i = LonePronouns.windowStart(analysis, t.sentence()); i < t.index(); i++) {
        MentionCluster c = owner[i];
        Token w = analysis.token(i);
        if (c == null) {
          rival |= isPluralOfOthers(w) || isPluralPronoun(w) || isUnownedName(w);
        } else if (c.type() == EntityType.ORGANIZATION) {
          organizations.add(c);
        } else {
          others.add(c);
        }
      }
      long people = others.stream().filter(c -> c.type() == EntityType.PERSON).count();
      if (!rival && organizations.size() == 1 && people < 2 && others.size() - people < 2) {
        MentionCluster c = organizations.iterator().next();
        if (clauseHasOtherSubject(tree, t, owner, c)) {
          continue;
        }
        c.attached.add(new EntityMention(span, span.of(analysis.text()), MentionKind.PRONOMINAL));
        owner[t.index()] = c;
      }
    }
  }

  private static boolean isPluralPronoun(Token t) {
    return t.pos().startsWith("PRP") && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** "them" after "of": "one of them", "many of them". */
  private static boolean isPartitive(DependencyTree tree, Token t) {
    return tree.children(t.index()).stream()
        .map(tree::token)
        .anyMatch(c -> c.relation().equals("case") && c.word().equalsIgnoreCase("of"));
  }

  /** Inside the words of a speech verb whose subject is a person: "Ana Ruiz said they …". */
  private static boolean inPersonsWords(DependencyTree tree, Token t, MentionCluster[] owner) {
    for (Token a = t; !a.isRoot(); ) {
      a = tree.token(a.head());
      if (CueFinder.isSpeechVerb(a)) {
        MentionCluster subject =
            tree.child(a.index(), "nsubj").map(s -> owner[s]).orElse(null);
        return subject != null && subject.type() == EntityType.PERSON;
      }
    }
    return false;
  }

  /**
   * Whether the clause the pronoun stands in has a subject outside the pronoun's phrase that is
   * some other entity or a name no entity owns: "Acme aims high, but Vela already has their
   * director" means Vela's director (a pronoun in a clause tends to mean its subject).
   */
  private static boolean clauseHasOtherSubject(
      DependencyTree tree, Token t, MentionCluster[] owner, MentionCluster candidate) {
    Token clause = t;
    while (!clause.isRoot() && !clause.pos().startsWith("VB")) {
      clause = tree.token(clause.head());
    }
    int head = clause.index();
    return tree.child(head, "nsubj")
        .filter(s -> s != t.index() && !tree.isAncestor(s, t.index()))
        .map(tree::token)
        .map(s -> owner[s.index()] == null ? s.pos().startsWith("NNP") : owner[s.index()] != candidate)
        .orElse(false);
  }

  /** A proper noun as subject or possessor that no entity owns: a group NER did not tag. */
  private static boolean isUnownedName(Token t) {
    return t.pos().startsWith("NNP")
        && (t.relation().startsWith("nsubj") || t.relation().equals("nmod:poss"));
  }

  private static boolean isPluralOfOthers(Token t) {
    if (!t.pos().equals("NNS") && !t.pos().equals("NNPS")) {
      return false;
    }
    if (Animacy.get().isPerson(t.lemma(), t.word())
        || PlaceAndGroupNouns.typeOf(t.lemma()).isPresent()) {
      return true;
    }
    List<WordNet.Sense> senses = WordNet.get().senses(t.lemma(), WordNet.Pos.NOUN);
    return senses.isEmpty() || PLURAL_KINDS.contains(senses.get(0).lexFile());
  }
}
