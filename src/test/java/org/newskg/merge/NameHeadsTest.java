package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameHeadsTest {
  private static final String SCHEMA = "https://schema.org/";

  private static DescriptionMerge.Participant unnamed(
      String iri, String graph, String description, String lemma, String type) {
    return new DescriptionMerge.Participant(
        iri,
        graph,
        lemma,
        DescriptionMerge.plural(description, lemma),
        description,
        Set.of(),
        SCHEMA + type);
  }

  private static DescriptionMerge.Described named(String entity, String graph, String name) {
    return new DescriptionMerge.Described(entity, graph, DescriptionMerge.headWord(name));
  }

  /** Graphs g1 and g2 tell story s1, g3 story s2. */
  private static final Map<String, String> STORY = Map.of("g1", "s1", "g2", "s1", "g3", "s2");

  private static NameHeads heads(
      Map<String, String> representatives, DescriptionMerge.Described... named) {
    return new NameHeads(List.of(named), STORY, representatives);
  }

  @Test
  void aBareDescriptionIsTheOneNamedPlaceOfItsStoryWhoseNameItsNounHeads() {
    NameHeads heads =
        heads(
            Map.of(),
            named("x:vale-street-baptist-church", "g1", "Vale Street Baptist Church"),
            named("x:st-anselm-hospital", "g3", "St. Anselm Hospital"));
    var church = unnamed("x:c", "g2", "the church", "church", "Thing");
    var hospital = unnamed("x:h", "g2", "the hospital", "hospital", "Place");
    assertThat(heads.entityOf(church, "s1")).contains("x:vale-street-baptist-church");
    // the hospital is named in another story only
    assertThat(heads.entityOf(hospital, "s1")).isEmpty();
  }

  @Test
  void twoNamesOfOneKindInTheStoryOrAPluralOrAPersonJoinNothing() {
    NameHeads heads =
        heads(
            Map.of("x:tarn-department", "x:tarn-county-department"),
            named("x:harrow-treatment-center", "g1", "Harrow Treatment Center"),
            named("x:oakdale-recovery-center", "g2", "Oakdale Recovery Center"),
            named("x:tarn-county-department", "g1", "Tarn County Department"),
            named("x:tarn-department", "g2", "Tarn Department"));
    assertThat(heads.entityOf(unnamed("x:1", "g1", "the center", "center", "Place"), "s1"))
        .isEmpty();
    // two IRIs of one class are one entity: its representative
    assertThat(
            heads.entityOf(unnamed("x:2", "g1", "the department", "department", "Organization"), "s1"))
        .contains("x:tarn-county-department");
    assertThat(
            heads.entityOf(
                unnamed("x:3", "g1", "the departments", "department", "Organization"), "s1"))
        .isEmpty();
    assertThat(heads.entityOf(unnamed("x:4", "g1", "the department", "department", "Person"), "s1"))
        .isEmpty();
  }

  @Test
  void aOneWordNameHasNoKindWord() {
    assertThat(NameHeads.hasKindWord("Harrow Ridge")).isTrue();
    assertThat(NameHeads.hasKindWord("Nation")).isFalse();
  }

  @Test
  void theDecisionCarriesItsOwnReason() {
    var church = unnamed("x:c", "g2", "the church", "church", "Thing");
    IdentityDecision d = NameHeads.decision(church, "x:vale-street-baptist-church");
    assertThat(d.reason()).isEqualTo(IdentityDecision.Reason.NAME_HEAD_IN_STORY);
    assertThat(d.subject()).isEqualTo("x:c");
    assertThat(d.object()).contains("x:vale-street-baptist-church");
  }
}
