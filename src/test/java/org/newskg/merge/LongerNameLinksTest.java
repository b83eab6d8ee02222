package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;

class LongerNameLinksTest {
  private final EntityFacts facts = new EntityFacts();

  private String entity(String name, EntityType type, String... graphs) {
    String iri = "entity/" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    EntityFacts.Entity e = new EntityFacts.Entity(iri);
    e.names.add(name);
    for (String g : graphs) {
      e.graphs.add(g);
      e.types.computeIfAbsent(type, t -> new TreeSet<>()).add(g);
      facts.actorsOfGraph.computeIfAbsent(g, k -> new TreeSet<>()).add(iri);
    }
    facts.entities.put(iri, e);
    return iri;
  }

  private static EntityLinker.Link link(String title) {
    return new EntityLinker.Link(title, 0.9, "wikidict");
  }

  @Test
  void anOrganizationNamedByTheLastWordsOfAnotherInItsArticleTakesItsLink() {
    String church = entity("Church of Veloria", EntityType.ORGANIZATION, "g1");
    String veloria = entity("Veloria", EntityType.ORGANIZATION, "g1");
    String council = entity("Harbour Council", EntityType.ORGANIZATION, "g1");
    Map<String, EntityLinker.Link> out =
        LongerNameLinks.adopt(
            facts, Map.of(church, link("Church_of_Veloria"), veloria, link("Veloria")));
    assertThat(out.get(veloria).title()).isEqualTo("Church_of_Veloria");
    assertThat(out.get(veloria).evidence())
        .contains("'Church of Veloria'")
        .contains("would be 'Veloria'");
    assertThat(out.get(church).title()).isEqualTo("Church_of_Veloria");
    assertThat(out).doesNotContainKey(council);
  }

  @Test
  void keepsItsOwnLinkInOtherArticlesForOtherKindsOrWithRivalLongerNames() {
    String church = entity("Church of Veloria", EntityType.ORGANIZATION, "g1");
    String veloria = entity("Veloria", EntityType.ORGANIZATION, "g2");
    String place = entity("Tarn", EntityType.PLACE, "g1");
    String tarnRiver = entity("Upper Tarn", EntityType.ORGANIZATION, "g1");
    String times = entity("Times", EntityType.ORGANIZATION, "g3");
    String a = entity("Velorian Times", EntityType.ORGANIZATION, "g3");
    String b = entity("Harbour Times", EntityType.ORGANIZATION, "g3");
    Map<String, EntityLinker.Link> own =
        Map.of(
            church, link("Church_of_Veloria"),
            veloria, link("Veloria"),
            tarnRiver, link("Upper_Tarn_Company"),
            a, link("The_Velorian_Times"),
            b, link("Harbour_Times"));
    Map<String, EntityLinker.Link> out = LongerNameLinks.adopt(facts, own);
    assertThat(out.get(veloria).title()).isEqualTo("Veloria");
    assertThat(out).doesNotContainKey(place);
    assertThat(out).doesNotContainKey(times);
  }

  @Test
  void anOrganizationNamedByTheHeadBeforeOfTakesTheLongerNamesLink() {
    String bank = entity("Bank of Veloria", EntityType.ORGANIZATION, "g1");
    String head = entity("Bank", EntityType.ORGANIZATION, "g1");
    String ofWord = entity("Veloria Trust", EntityType.ORGANIZATION, "g2");
    String trust = entity("Trust", EntityType.ORGANIZATION, "g2");
    String museum = entity("Museum Quarter", EntityType.ORGANIZATION, "g3");
    String museumAlone = entity("Museum", EntityType.ORGANIZATION, "g3");
    Map<String, EntityLinker.Link> out =
        LongerNameLinks.adopt(
            facts,
            Map.of(
                bank, link("Bank_of_Veloria"),
                ofWord, link("Veloria_Trust"),
                museum, link("Museum_Quarter")));
    assertThat(out.get(head).title()).isEqualTo("Bank_of_Veloria");
    assertThat(out.get(head).evidence()).contains("shortens the name of 'Bank of Veloria'");
    assertThat(out.get(trust).title()).isEqualTo("Veloria_Trust");
    assertThat(out).doesNotContainKey(museumAlone);
  }
}
