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
 * when nothing else there could be "they": "Ana Ruiz of the Harbour Trust says they are looking at
 * new rules." News writes an organization in the plural as often as in the singular. Anything
 * plural the pronoun may mean leaves it alone: a second organization, two people or two places, or
 * a plural noun no entity owns that names people, groups, animals or made things ("officials",
 * "teams", "robots"; not "allegations").
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
    for (Token t : analysis.tokens()) {
      if (!t.pos().startsWith("PRP")
          || !PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))
          || chained[t.index()]
          || owner[t.index()] != null
          || LonePronouns.inQuote(analysis, t)) {
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
        if (c == null) {
          rival |= isPluralOfOthers(analysis.token(i));
        } else if (c.type() == EntityType.ORGANIZATION) {
          organizations.add(c);
        } else {
          others.add(c);
        }
      }
      long people = others.stream().filter(c -> c.type() == EntityType.PERSON).count();
      if (!rival && organizations.size() == 1 && people < 2 && others.size() - people < 2) {
        MentionCluster c = organizations.iterator().next();
        c.attached.add(new EntityMention(span, span.of(analysis.text()), MentionKind.PRONOMINAL));
        owner[t.index()] = c;
      }
    }
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
