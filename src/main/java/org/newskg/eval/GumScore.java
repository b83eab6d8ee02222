package org.newskg.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;

/**
 * Scores typed named mentions on GUM. Gold: mentions of persons, organizations and places that
 * have a Wikipedia identity or a proper-noun head (by CoreNLP's tags). A system mention paired
 * with such a gold mention is right when the types agree; paired with a person, organization or
 * place mention the filter left out (a pronoun or description of an entity without identity) it
 * is not counted; paired with nothing, or with a mention of another kind (an event), it is wrong.
 * Also: the share of gold mentions with an identity whose system entity is linked to that
 * Wikipedia title, and whether each identity gets one cluster (IRI) across all documents.
 */
final class GumScore {
  private static final Map<String, String> TYPES =
      Map.of("person", "Person", "organization", "Organization", "place", "Place");

  int gold;
  int system;
  /** The same on gold mentions with a proper-noun head only (names, not descriptions). */
  int namedGold;
  int namedSystem;
  int namedCorrect;
  int typedCorrect;
  int untypedCorrect;
  int identityMentions;
  int identityFound;
  int linked;
  int linkedCorrect;
  final List<String> errors = new java.util.ArrayList<>();
  private final Map<String, Set<String>> clustersOfIdentity = new HashMap<>();
  private final Map<String, Set<String>> identitiesOfCluster = new HashMap<>();
  private final Map<String, Map<String, Set<String>>> textsOfIdentity = new java.util.TreeMap<>();

  void add(GoldDocs.GumDoc doc, Analysis analysis, List<SystemMention> sys) {
    MentionAligner aligner = new MentionAligner(analysis);
    List<GoldDocs.GumMention> mentions = doc.mentions();
    boolean[] scored = new boolean[mentions.size()];
    boolean[] properGold = new boolean[mentions.size()];
    List<MentionAligner.Span> goldSpans = new java.util.ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      GoldDocs.GumMention m = mentions.get(i);
      String type = TYPES.getOrDefault(m.etype(), "");
      goldSpans.add(new MentionAligner.Span(m.start(), m.end(), type));
      boolean proper = !type.isEmpty() && properHead(aligner, m);
      scored[i] = !type.isEmpty() && (m.identity().isPresent() || proper);
      properGold[i] = proper;
      namedGold += proper ? 1 : 0;
      gold += scored[i] ? 1 : 0;
      identityMentions += scored[i] && m.identity().isPresent() ? 1 : 0;
    }
    int[] goldOf = aligner.align(goldSpans, sys.stream().map(SystemMention::span).toList(), scored);
    boolean[] found = new boolean[mentions.size()];
    for (int s = 0; s < sys.size(); s++) {
      int g = goldOf[s];
      if (g >= 0 && !scored[g] && !goldSpans.get(g).type().isEmpty()) {
        continue; // a right mention the gold filter does not score
      }
      system++;
      SystemMention m = sys.get(s);
      namedSystem += g >= 0 && scored[g] && !properGold[g] ? 0 : 1;
      if (g < 0 || !scored[g]) {
        errors.add(
            "%s extra %s '%s'%s"
                .formatted(
                    doc.id(),
                    m.type(),
                    doc.text().substring(m.begin(), m.end()),
                    g < 0 ? "" : " (gold " + mentions.get(g).etype() + ")"));
        continue;
      }
      untypedCorrect++;
      found[g] = true;
      if (m.type().equals(goldSpans.get(g).type())) {
        typedCorrect++;
        namedCorrect += properGold[g] ? 1 : 0;
      } else {
        errors.add(
            "%s type %s for %s '%s'"
                .formatted(doc.id(), m.type(), goldSpans.get(g).type(), mentions.get(g).text()));
      }
      Optional<String> identity = mentions.get(g).identity();
      if (identity.isPresent()) {
        clustersOfIdentity.computeIfAbsent(identity.get(), k -> new HashSet<>()).add(m.cluster());
        identitiesOfCluster.computeIfAbsent(m.cluster(), k -> new HashSet<>()).add(identity.get());
        textsOfIdentity
            .computeIfAbsent(identity.get(), k -> new java.util.TreeMap<>())
            .computeIfAbsent(m.cluster(), k -> new java.util.TreeSet<>())
            .add(doc.id() + ":" + mentions.get(g).text());
        identityFound++;
        if (m.link().isEmpty()) {
          errors.add(
              "%s unlinked %s '%s' = %s"
                  .formatted(doc.id(), m.type(), mentions.get(g).text(), identity.get()));
        }
        if (m.link().isPresent()) {
          linked++;
          linkedCorrect += sameTitle(m.link().get(), identity.get()) ? 1 : 0;
          if (!sameTitle(m.link().get(), identity.get())) {
            errors.add(
                "%s link %s for %s '%s'"
                    .formatted(doc.id(), m.link().get(), identity.get(), mentions.get(g).text()));
          }
        }
      }
    }
    for (int g = 0; g < mentions.size(); g++) {
      if (scored[g] && !found[g]) {
        errors.add(
            "%s missed %s '%s'%s"
                .formatted(
                    doc.id(),
                    goldSpans.get(g).type(),
                    mentions.get(g).text(),
                    mentions.get(g).identity().map(i -> " = " + i).orElse("")));
      }
    }
  }

  /**
   * Wikipedia titles are one article when they differ only in letter case or accents ("Kim
   * Shin-Wook" and "Kim Shin-wook", "Nabil Maaloul" and "Nabil Maâloul"): such spellings are
   * redirects to each other.
   */
  static boolean sameTitle(String a, String b) {
    return fold(a).equals(fold(b));
  }

  private static String fold(String title) {
    return java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean properHead(MentionAligner aligner, GoldDocs.GumMention m) {
    int head = aligner.head(m.start(), m.end());
    return head >= 0 && aligner.tokensIn(m.start(), m.end()).stream()
        .anyMatch(t -> t.index() == head && t.pos().startsWith("NNP"));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  double precision() {
    return system == 0 ? 0 : (double) typedCorrect / system;
  }

  double recall() {
    return gold == 0 ? 0 : (double) typedCorrect / gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One line per identity found in more than one cluster, with the mentions of each. */
  List<String> splitIdentities() {
    return textsOfIdentity.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .map(e -> "split " + e.getKey() + ": " + e.getValue())
        .toList();
  }

  /** Identities found at least once that got exactly one cluster, over identities found. */
  double oneClusterPerIdentity() {
    long one = clustersOfIdentity.values().stream().filter(c -> c.size() == 1).count();
    return clustersOfIdentity.isEmpty() ? 0 : (double) one / clustersOfIdentity.size();
  }

  /** Clusters holding mentions of more than one identity, over clusters with identity mentions. */
  double mixedClusters() {
    long mixed = identitiesOfCluster.values().stream().filter(i -> i.size() > 1).count();
    return identitiesOfCluster.isEmpty() ? 0 : (double) mixed / identitiesOfCluster.size();
  }

  String report(String label) {
    return String.format(
        "%-9s typed mentions P %.3f R %.3f F1 %.3f (%d right of %d predicted, %d gold; untyped F1"
            + " %.3f)%n          names only (proper-noun heads): P %.3f R %.3f F1 %.3f%n"
            + "          gold identity mentions found: %d/%d%n          links: %d/%d gold identity mentions linked right (%.3f);"
            + " link precision %.3f of %d linked%n          identities with one IRI: %d/%d"
            + " (%.3f); IRIs mixing identities: %.3f%n",
        label,
        precision(),
        recall(),
        f1(),
        typedCorrect,
        system,
        gold,
        system + gold == 0 ? 0 : 2.0 * untypedCorrect / (system + gold),
        ratio(namedCorrect, namedSystem),
        ratio(namedCorrect, namedGold),
        namedSystem + namedGold == 0 ? 0 : 2.0 * namedCorrect / (namedSystem + namedGold),
        identityFound,
        identityMentions,
        linkedCorrect,
        identityMentions,
        identityMentions == 0 ? 0 : (double) linkedCorrect / identityMentions,
        linked == 0 ? 0 : (double) linkedCorrect / linked,
        linked,
        clustersOfIdentity.values().stream().filter(c -> c.size() == 1).count(),
        clustersOfIdentity.size(),
        oneClusterPerIdentity(),
        mixedClusters());
  }
}
