package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.MentionKind;

/**
 * People, organizations and places of one article: NER mentions grouped by name, short person
 * names joined to the one full name they end, third-person pronouns attached through coreference,
 * and the roles the text states.
 */
final class EntityExtractor {
  private static final Set<String> THIRD_PERSON_PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their");

  private final NamedMentionFilter filter = new NamedMentionFilter();
  private final RoleFinder roleFinder = new RoleFinder();

  List<Entity> extract(Analysis analysis, List<Zone> zones) {
    List<NamedMentionFilter.Named> named = filter.select(analysis, zones);
    Map<String, MentionCluster> byName = new LinkedHashMap<>();
    for (NamedMentionFilter.Named n : named) {
      byName.computeIfAbsent(Names.key(n.bareName()), k -> new MentionCluster()).named.add(n);
    }
    Map<MentionCluster, MentionCluster> mergedInto = joinShortPersonNames(byName);
    List<MentionCluster> clusters = new ArrayList<>();
    for (MentionCluster c : byName.values()) {
      if (!mergedInto.containsKey(c)) {
        clusters.add(c);
      }
    }
    MentionCluster[] clusterOfToken = new MentionCluster[analysis.tokens().size()];
    for (MentionCluster c : clusters) {
      for (NamedMentionFilter.Named n : c.named) {
        for (int t = n.entity().firstToken(); t < n.entity().endToken(); t++) {
          clusterOfToken[t] = c;
        }
      }
    }
    attachPronouns(analysis, zones, clusterOfToken);
    roleFinder.find(analysis, named, clusterOfToken);
    return toEntities(clusters);
  }

  /**
   * "Biden" joins "Joe Biden" when exactly one longer person name in the article ends with the
   * same words; with two candidates ("Joe Biden", "Hunter Biden") it stays on its own.
   */
  private static Map<MentionCluster, MentionCluster> joinShortPersonNames(
      Map<String, MentionCluster> byName) {
    Map<MentionCluster, MentionCluster> mergedInto = new IdentityHashMap<>();
    for (Map.Entry<String, MentionCluster> shortOne : byName.entrySet()) {
      if (shortOne.getValue().type() != EntityType.PERSON) {
        continue;
      }
      String suffix = "-" + shortOne.getKey();
      MentionCluster target = null;
      int candidates = 0;
      for (Map.Entry<String, MentionCluster> longOne : byName.entrySet()) {
        if (longOne.getValue().type() == EntityType.PERSON && longOne.getKey().endsWith(suffix)) {
          target = longOne.getValue();
          candidates++;
        }
      }
      if (candidates == 1) {
        target.absorb(shortOne.getValue());
        mergedInto.put(shortOne.getValue(), target);
      }
    }
    return mergedInto;
  }

  /** A third-person pronoun refers to the nearest named mention before it in its chain. */
  private static void attachPronouns(
      Analysis analysis, List<Zone> zones, MentionCluster[] clusterOfToken) {
    for (CorefChain chain : analysis.chains()) {
      MentionCluster last = firstNamedCluster(chain, clusterOfToken).orElse(null);
      for (CorefMention m : chain.mentions()) {
        MentionCluster own = clusterOfToken[m.headToken()];
        if (own != null) {
          last = own;
          continue;
        }
        if (last == null
            || m.kind() != MentionKind.PRONOMINAL
            || !THIRD_PERSON_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))
            || inNonCaptionZone(new Span(m.begin(), m.end()), zones)) {
          continue;
        }
        last.pronouns.add(
            new EntityMention(new Span(m.begin(), m.end()), m.text(), MentionKind.PRONOMINAL));
      }
    }
  }

  private static Optional<MentionCluster> firstNamedCluster(
      CorefChain chain, MentionCluster[] clusterOfToken) {
    for (CorefMention m : chain.mentions()) {
      if (clusterOfToken[m.headToken()] != null) {
        return Optional.of(clusterOfToken[m.headToken()]);
      }
    }
    return Optional.empty();
  }

  private static boolean inNonCaptionZone(Span span, List<Zone> zones) {
    return zones.stream().anyMatch(z -> z.kind() != ZoneKind.CAPTION && z.span().overlaps(span));
  }

  /** Clusters that end with the same key (the same canonical name) are one entity. */
  private static List<Entity> toEntities(List<MentionCluster> clusters) {
    Map<String, MentionCluster> byKey = new HashMap<>();
    for (MentionCluster c : clusters) {
      String key = Names.key(c.canonicalName());
      MentionCluster existing = byKey.putIfAbsent(key, c);
      if (existing != null && existing != c) {
        existing.absorb(c);
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (MentionCluster c : byKey.values()) {
      entities.add(c.toEntity());
    }
    entities.sort((a, b) -> a.key().compareTo(b.key()));
    return entities;
  }
}
