package org.newskg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * A bare singular definite description of a kind of place or organization ("the city", "the
 * country", "the state", "the company") that coreference left alone is the one named entity of
 * that kind (synonyms: town and village, nation, province, firm and corporation) in its sentence
 * or the sentence before: "Flooding hit Toledo on Monday. The city ...".
 * Only "the" and the noun, nothing between and no noun after ("the city council" is another
 * thing, "the neighbouring country" may be another country), outside quotes; with two candidates
 * of the kind, or none, or when coreference put the description in a chain with other mentions, it stays as
 * it was. The named entity keeps its own type, so a country's mention stays the place it names.
 */
final class DefiniteKinds {
  private static final Predicate<MentionCluster> CITY = place(PlaceKind.CITY);
  private static final Predicate<MentionCluster> COUNTRY = place(PlaceKind.COUNTRY);
  private static final Predicate<MentionCluster> STATE = place(PlaceKind.STATE);
  private static final Predicate<MentionCluster> ORGANIZATION =
      c -> c.type() == EntityType.ORGANIZATION;
  private static final Map<String, Predicate<MentionCluster>> KINDS =
      Map.of(
          "city", CITY, "town", CITY, "village", CITY,
          "country", COUNTRY, "nation", COUNTRY,
          "state", STATE, "province", STATE,
          "company", ORGANIZATION, "firm", ORGANIZATION, "corporation", ORGANIZATION);

  private static Predicate<MentionCluster> place(PlaceKind kind) {
    return c -> c.type() == EntityType.PLACE && c.placeKind() == kind;
  }

  private DefiniteKinds() {}

  static void attach(
      Analysis analysis, List<Zone> zones, List<MentionCluster> clusters, MentionCluster[] named) {
    boolean[] attached = AdjacentTitles.attachedTokens(analysis, clusters);
    boolean[] chained = chainedHeads(analysis);
    List<Token> tokens = analysis.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token head = tokens.get(i);
      Predicate<MentionCluster> kind = KINDS.get(head.word().toLowerCase(Locale.ROOT));
      if (kind == null
          || !head.pos().equals("NN")
          || named[i] != null
          || attached[i]
          || attached[i - 1]
          || chained[i]
          || !tokens.get(i - 1).word().equalsIgnoreCase("the")
          || nounFollows(tokens, i)) {
        continue;
      }
      Span span = new Span(tokens.get(i - 1).begin(), head.end());
      if (zones.stream().anyMatch(z -> z.kind() != ZoneKind.CAPTION && z.span().overlaps(span))) {
        continue;
      }
      Set<MentionCluster> candidates = new LinkedHashSet<>();
      for (int t = 0; t < i; t++) {
        MentionCluster c = named[t];
        int distance = head.sentence() - tokens.get(t).sentence();
        if (c != null && distance <= 1 && kind.test(c)) {
          candidates.add(c);
        }
      }
      if (candidates.size() == 1) {
        candidates.iterator().next()
            .attached.add(new EntityMention(span, span.of(analysis.text()), MentionKind.NOMINAL));
        attached[i - 1] = true;
        attached[i] = true;
      }
    }
  }

  /**
   * Heads of mentions in a coreference chain of several mentions: such a chain is judged whole,
   * by coreference or as one unnamed participant, not one description at a time.
   */
  static boolean[] chainedHeads(Analysis analysis) {
    boolean[] out = new boolean[analysis.tokens().size()];
    for (CorefChain chain : analysis.chains()) {
      if (chain.mentions().size() > 1) {
        chain.mentions().forEach(m -> out[m.headToken()] = true);
      }
    }
    return out;
  }

  /** Whether the noun is a modifier or is followed by "of" ("the city council", "the city of"). */
  static boolean nounFollows(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.pos().startsWith("NN") || next.word().equalsIgnoreCase("of");
  }
}
