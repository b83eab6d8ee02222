package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

/**
 * People, organizations and places of one article: NER mentions grouped by canonical name ({@link
 * EntityNames}), names of one entity joined ({@link NameJoins}), pronouns and descriptions
 * attached through coreference ({@link CorefAttacher}), and the roles the text states ({@link
 * RoleFinder}).
 */
final class EntityExtractor {
  private final NamedMentionFilter filter = new NamedMentionFilter();
  private final RoleFinder roleFinder = new RoleFinder();
  private final CorefAttacher coref;

  EntityExtractor() {
    this(true);
  }

  /** @param descriptions whether coreference attaches descriptions as well as pronouns */
  EntityExtractor(boolean descriptions) {
    this.coref = new CorefAttacher(descriptions);
  }

  List<Entity> extract(Analysis analysis, List<Zone> zones) {
    List<NamedMentionFilter.Named> named =
        UntaggedSpeakers.add(
            analysis,
            zones,
            UntaggedSurnames.add(
                analysis,
                zones,
                TournamentGroups.add(
                    analysis,
                    zones,
                    UntaggedAcronyms.add(analysis, zones, filter.select(analysis, zones)))));
    Map<String, MentionCluster> byKey = new LinkedHashMap<>();
    for (NamedMentionFilter.Named n : named) {
      byKey.computeIfAbsent(n.key(), k -> new MentionCluster()).named.add(n);
    }
    List<MentionCluster> clusters = NameJoins.join(new ArrayList<>(byKey.values()));
    MentionCluster[] clusterOfToken = new MentionCluster[analysis.tokens().size()];
    for (MentionCluster c : clusters) {
      for (NamedMentionFilter.Named n : c.named) {
        for (int t = n.entity().firstToken(); t < n.entity().endToken(); t++) {
          clusterOfToken[t] = c;
        }
      }
    }
    coref.attach(analysis, zones, clusterOfToken);
    attachAppositions(analysis, zones, clusterOfToken);
    AdjacentTitles.attach(analysis, zones, clusters, clusterOfToken);
    DefiniteKinds.attach(analysis, zones, clusters, clusterOfToken);
    attachByAntecedent(analysis, zones, clusters, clusterOfToken);
    LonePronouns.attach(analysis, zones, clusters, clusterOfToken);
    GroupPronouns.attach(analysis, zones, clusters, clusterOfToken);
    Map<String, MentionCluster> byCanonical = new HashMap<>();
    for (MentionCluster c : clusters) {
      byCanonical.putIfAbsent(c.key(), c);
    }
    for (RoleFinder.Found f : roleFinder.find(analysis, named, clusterOfToken)) {
      Optional<String> affiliation =
          f.affiliation() == null
              ? Optional.empty()
              : affiliationKey(f.affiliation(), clusterOfToken, byCanonical, clusters);
      f.person().roles.add(new Role(f.jobTitle(), affiliation, f.evidence()));
    }
    DefiniteTitles.attach(analysis, zones, clusters, clusterOfToken);
    return toEntities(clusters);
  }

  /**
   * A common-noun apposition of a name is a description of it: "Ana Ruiz, a teacher" and "the
   * prime minister, Ana Ruiz" mention her twice.
   */
  private static void attachAppositions(
      Analysis analysis, List<Zone> zones, MentionCluster[] named) {
    DependencyTree tree = new DependencyTree(analysis);
    for (org.newskg.nlp.Token t : analysis.tokens()) {
      if (!t.relation().equals("appos") || t.isRoot()) {
        continue;
      }
      org.newskg.nlp.Token gov = analysis.token(t.head());
      org.newskg.nlp.Token noun = named[gov.index()] != null ? t : gov;
      MentionCluster owner = named[gov.index()] != null ? named[gov.index()] : named[t.index()];
      if (owner == null
          || named[noun.index()] != null
          || !(isCommonNoun(noun) || isCapitalisedTitle(noun, owner))) {
        continue;
      }
      UnnamedParticipants.Description d = UnnamedParticipants.describe(tree, noun);
      if (zones.stream().anyMatch(z -> z.kind() != ZoneKind.CAPTION && z.span().overlaps(d.span()))) {
        continue;
      }
      owner.attached.add(new EntityMention(d.span(), d.text(), org.newskg.nlp.MentionKind.NOMINAL));
    }
  }

  /**
   * A title written with a capital, as an apposition of a person's name ("Ana Ruiz, Director of
   * the Harbour Trust, said"): NER tags the word a title, the tagger a proper noun.
   */
  private static boolean isCapitalisedTitle(org.newskg.nlp.Token t, MentionCluster owner) {
    return owner.type() == EntityType.PERSON && t.pos().equals("NNP") && t.ner().equals("TITLE");
  }

  private static boolean isCommonNoun(org.newskg.nlp.Token t) {
    return (t.pos().equals("NN") || t.pos().equals("NNS"))
        && (t.ner().equals("O") || t.ner().equals("TITLE"));
  }

  /** Relative and reflexive pronouns whose antecedent is a mention of an entity join it. */
  private static void attachByAntecedent(
      Analysis analysis, List<Zone> zones, List<MentionCluster> clusters, MentionCluster[] named) {
    MentionCluster[] owner = LonePronouns.owners(analysis, clusters, named);
    for (org.newskg.nlp.Token t : analysis.tokens()) {
      if (!Antecedents.isCandidate(t) || owner[t.index()] != null) {
        continue;
      }
      Span span = new Span(t.begin(), t.end());
      if (zones.stream().anyMatch(z -> z.kind() != ZoneKind.CAPTION && z.span().overlaps(span))) {
        continue;
      }
      Antecedents.of(analysis, t)
          .map(a -> owner[a])
          .ifPresent(
              c ->
                  c.attached.add(
                      new EntityMention(
                          span, span.of(analysis.text()), org.newskg.nlp.MentionKind.PRONOMINAL)));
    }
  }

  /**
   * The key of the entity a role's affiliation names; a demonym ("Russian") becomes a mention of
   * its country, which joins the article's entity for that country or starts one.
   */
  private static Optional<String> affiliationKey(
      NamedEntity affiliation,
      MentionCluster[] clusterOfToken,
      Map<String, MentionCluster> byCanonical,
      List<MentionCluster> clusters) {
    MentionCluster own = clusterOfToken[affiliation.firstToken()];
    if (own != null) {
      return Optional.of(own.key());
    }
    if (!affiliation.type().equals("NATIONALITY")) {
      return Optional.empty();
    }
    Optional<String> country = Gazetteer.get().countryOfDemonym(affiliation.text());
    if (country.isEmpty()) {
      return Gazetteer.get()
          .placeOfDemonym(affiliation.text())
          .flatMap(place -> namedPlace(EntityNames.key(place), clusters));
    }
    NamedMentionFilter.Named demonym =
        new NamedMentionFilter.Named(
            affiliation,
            EntityType.PLACE,
            PlaceKind.COUNTRY,
            affiliation.text(),
            country.get(),
            true,
            "");
    MentionCluster c =
        byCanonical.computeIfAbsent(
            demonym.key(),
            k -> {
              MentionCluster fresh = new MentionCluster();
              clusters.add(fresh);
              return fresh;
            });
    c.named.add(demonym);
    for (int t = affiliation.firstToken(); t < affiliation.endToken(); t++) {
      clusterOfToken[t] = c;
    }
    return Optional.of(c.key());
  }

  /**
   * The cluster of a place that is no country of its own ("England" for "English"), when the
   * article names it: by its name, or as the place a national team's name literally names.
   */
  private static Optional<String> namedPlace(String placeKey, List<MentionCluster> clusters) {
    for (MentionCluster c : clusters) {
      if (c.key().equals(placeKey)
          || c.named.stream().anyMatch(n -> n.literalKey().equals(placeKey))) {
        return Optional.of(c.key());
      }
    }
    return Optional.empty();
  }

  /** Clusters that end with the same key (the same canonical name) are one entity. */
  private static List<Entity> toEntities(List<MentionCluster> clusters) {
    Map<String, MentionCluster> byKey = new LinkedHashMap<>();
    for (MentionCluster c : clusters) {
      MentionCluster existing = byKey.putIfAbsent(c.key(), c);
      if (existing != null && existing != c) {
        existing.absorb(c);
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (MentionCluster c : byKey.values()) {
      entities.add(c.toEntity());
    }
    entities.sort((x, y) -> x.key().compareTo(y.key()));
    return entities;
  }
}
