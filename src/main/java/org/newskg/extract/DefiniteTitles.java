package org.newskg.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * "The president" after the article has named its one president ("President Ana Ruiz") is her: a
 * job title after "the", alone (no noun or "of" after it: "the president of the club" may be
 * another), is the one person named before it whose roles hold that title. With two holders, or
 * none, it stays as it was; a title right beside a name is {@link AdjacentTitles}' case.
 */
final class DefiniteTitles {
  private DefiniteTitles() {}

  static void attach(
      Analysis analysis, List<Zone> zones, List<MentionCluster> clusters, MentionCluster[] named) {
    Map<String, Set<MentionCluster>> holders = new HashMap<>();
    for (MentionCluster c : clusters) {
      if (c.type() == EntityType.PERSON) {
        for (Role r : c.roles) {
          holders.computeIfAbsent(titleWord(r.jobTitle()), k -> new LinkedHashSet<>()).add(c);
        }
      }
    }
    boolean[] attached = AdjacentTitles.attachedTokens(analysis, clusters);
    List<Token> tokens = analysis.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token head = tokens.get(i);
      Set<MentionCluster> holding = holders.getOrDefault(titleWord(head.word()), Set.of());
      if (holding.size() != 1
          || !head.ner().equals("TITLE")
          || named[i] != null
          || attached[i]
          || attached[i - 1]
          || !tokens.get(i - 1).word().equalsIgnoreCase("the")
          || DefiniteKinds.nounFollows(tokens, i)) {
        continue;
      }
      MentionCluster holder = holding.iterator().next();
      Span span = new Span(tokens.get(i - 1).begin(), head.end());
      if (!namedBefore(holder, i) || CorefAttacher.inExcludedZone(span, zones)) {
        continue;
      }
      holder.attached.add(new EntityMention(span, span.of(analysis.text()), MentionKind.NOMINAL));
      attached[i - 1] = true;
      attached[i] = true;
    }
  }

  /** The last word of a title, in lower case: "Foreign Minister" is held as "minister". */
  private static String titleWord(String title) {
    String[] words = title.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  private static boolean namedBefore(MentionCluster c, int token) {
    return c.named.stream().anyMatch(n -> n.entity().firstToken() < token);
  }
}
