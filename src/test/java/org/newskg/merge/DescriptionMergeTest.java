package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DescriptionMergeTest {
  private static DescriptionMerge.Participant p(String iri, String graph, String description, String lemma, String... modifiers) {
    return new DescriptionMerge.Participant(
        iri, graph, lemma, DescriptionMerge.plural(description, lemma), description, Set.of(modifiers), "https://schema.org/Person");
  }

  private static final Set<String> QUAKE =
      Set.of("e:quake-town", "w:earthquake", "w:magnitude", "w:collapsed", "w:rescue");
  private static final Set<String> TRIAL =
      Set.of("e:county-court", "w:trial", "w:jury", "w:verdict", "w:sentence");

  @Test
  void pluralIsAHeadWordThatIsNotItsLemma() {
    assertThat(DescriptionMerge.plural("the quake victims", "victim")).isTrue();
    assertThat(DescriptionMerge.plural("a victim", "victim")).isFalse();
    assertThat(DescriptionMerge.plural("the police", "police")).isFalse();
    assertThat(DescriptionMerge.plural("31 - 24", "31-24")).isFalse();
  }

  @Test
  void numbersAndOrdinalsMustIncludeOneAnother() {
    var victims = p("x:1", "g1", "the victims", "victim");
    var quakeVictims = p("x:2", "g2", "the quake victims", "victim", "quake");
    var firstVictims = p("x:3", "g2", "the first victims", "victim", "first");
    var secondVictims = p("x:5", "g3", "the second victims", "victim", "second");
    var twoVictims = p("x:6", "g3", "the two victims", "victim", "two");
    var threeVictims = p("x:7", "g3", "the 3 injured victims", "victim", "3", "injured");
    var aVictim = p("x:4", "g2", "a victim", "victim");
    assertThat(DescriptionMerge.compatible(victims, quakeVictims)).isTrue();
    assertThat(DescriptionMerge.compatible(victims, firstVictims)).isTrue();
    assertThat(DescriptionMerge.compatible(firstVictims, secondVictims)).isFalse();
    assertThat(DescriptionMerge.compatible(twoVictims, threeVictims)).isFalse();
    assertThat(DescriptionMerge.compatible(victims, aVictim)).isFalse();
  }

  @Test
  void descriptiveModifiersDoNotTellOneThingFromAnother() {
    String thing = "https://schema.org/Thing";
    var urgent =
        new DescriptionMerge.Participant("x:a", "g1", "update", false, "an urgent update", Set.of("urgent"), thing);
    var vendors =
        new DescriptionMerge.Participant(
            "x:b", "g2", "update", false, "the vendor's software update", Set.of("software"), thing);
    assertThat(DescriptionMerge.compatible(urgent, vendors)).isTrue();
  }

  @Test
  void synonymousHeadNounsAreOneKind() {
    var quake = p("x:1", "g1", "the quake", "quake");
    var earthquake = p("x:2", "g2", "the earthquake", "earthquake");
    var teen = p("x:3", "g1", "the teen", "teen");
    var teenager = p("x:4", "g2", "a teenager", "teenager");
    var shooter = p("x:5", "g1", "the shooter", "shooter");
    var gunman = p("x:6", "g2", "the lone gunman", "gunman", "lone");
    var witness = p("x:7", "g2", "the witness", "witness");
    assertThat(DescriptionMerge.compatible(quake, earthquake)).isTrue();
    assertThat(DescriptionMerge.compatible(teen, teenager)).isTrue();
    assertThat(DescriptionMerge.compatible(shooter, gunman)).isTrue();
    assertThat(DescriptionMerge.compatible(shooter, witness)).isFalse();
    assertThat(DescriptionMerge.compatible(teen, gunman)).isFalse();
  }

  @Test
  void joinsOnlyWithinOneStoryAndNeverBridgesIncompatibleDescriptions() {
    var a = p("x:a", "g1", "the two injured victims", "victim", "two", "injured");
    var b = p("x:b", "g2", "the victims", "victim");
    var c = p("x:c", "g2", "the three victims", "victim", "three");
    var d = p("x:d", "g3", "the victims", "victim");
    var input =
        new DescriptionMerge.Input(
            List.of(a, b, c, d), List.of(), List.of(), Map.of("g1", QUAKE, "g2", QUAKE, "g3", TRIAL));
    List<IdentityDecision> decisions = new DescriptionMerge(0.15).decide(input, Map.of());
    Map<String, String> rep = DescriptionMerge.representatives(decisions, Map.of());
    assertThat(rep.get("x:b")).isEqualTo(rep.get("x:a"));
    assertThat(rep).doesNotContainKeys("x:c", "x:d");
    assertThat(decisions)
        .extracting(IdentityDecision::reason)
        .containsOnly(IdentityDecision.Reason.SAME_DESCRIPTION_IN_STORY);
  }

  /** A singular participant of one article in graph "g1", typed by the schema.org class name. */
  private static DescriptionMerge.Participant inG1(
      String type, String iri, String description, String lemma, String... modifiers) {
    return new DescriptionMerge.Participant(
        iri, "g1", lemma, false, description, Set.of(modifiers), "https://schema.org/" + type);
  }

  @Test
  void peopleCalledByNounsCloseInTheWordVectorsAreOneKindButThingsAreNot() {
    var offender = p("x:1", "g1", "the offender", "offender");
    var inmate = p("x:2", "g2", "the inmate", "inmate");
    var husband = p("x:3", "g1", "the husband", "husband");
    var wife = p("x:4", "g2", "his wife", "wife");
    assertThat(DescriptionMerge.compatible(offender, inmate)).isTrue();
    assertThat(DescriptionMerge.compatible(husband, wife)).isFalse();
    // "knee" and "ankle" are as close in the vectors as "husband" and "wife", and no sisters
    var knee = inG1("Thing", "x:5", "his knee", "knee");
    var ankle = inG1("Thing", "x:6", "the ankle", "ankle");
    assertThat(DescriptionMerge.compatible(knee, ankle)).isFalse();
  }

  @Test
  void organizationsWithoutDeterminerOfOneArticleAreOneButDefiniteOnesStayApart() {
    var police = inG1("Organization", "x:a", "police", "police");
    assertThat(DescriptionMerge.compatible(police, inG1("Organization", "x:b", "Police", "police")))
        .isTrue();
    assertThat(
            DescriptionMerge.compatible(
                police, inG1("Organization", "x:c", "riot police", "police", "riot")))
        .isTrue();
    assertThat(
            DescriptionMerge.compatible(
                police, inG1("Organization", "x:d", "the city's police", "police", "city")))
        .isFalse();
    assertThat(
            DescriptionMerge.compatible(
                inG1("Organization", "x:e", "the company", "company"),
                inG1("Organization", "x:f", "the company", "company")))
        .isFalse();
    assertThat(
            DescriptionMerge.compatible(
                inG1("Place", "x:g", "downtown", "downtown"),
                inG1("Place", "x:h", "downtown", "downtown")))
        .isFalse();
  }

  @Test
  void placesOfOneArticleAreLeftAsCoreferenceLeftThem() {
    var x = new DescriptionMerge.Participant("x:x", "g1", "country", false, "the country", Set.of(), "https://schema.org/Place");
    var y = new DescriptionMerge.Participant("x:y", "g1", "country", false, "the country", Set.of(), "https://schema.org/Place");
    var z = new DescriptionMerge.Participant("x:z", "g2", "country", false, "the country", Set.of(), "https://schema.org/Place");
    assertThat(DescriptionMerge.compatible(x, y)).isFalse();
    assertThat(DescriptionMerge.compatible(x, z)).isTrue();
    var person = p("x:p", "g2", "the man", "man");
    var sameArticle = p("x:q", "g2", "the man", "man");
    assertThat(DescriptionMerge.compatible(person, sameArticle)).isTrue();
  }

  @Test
  void thingsJoinThingsOfOneKindInsideAnArticleAndAcrossItsStory() {
    String thing = "https://schema.org/Thing";
    var patch = new DescriptionMerge.Participant("x:a", "g1", "patch", false, "the patch", Set.of(), thing);
    var laterPatch =
        new DescriptionMerge.Participant("x:b", "g2", "patch", false, "an emergency patch", Set.of("emergency"), thing);
    var samePatchWords =
        new DescriptionMerge.Participant("x:c", "g1", "patch", false, "the patch", Set.of(), thing);
    var orgPatch =
        new DescriptionMerge.Participant("x:d", "g2", "patch", false, "the patch", Set.of(), "https://schema.org/Organization");
    assertThat(DescriptionMerge.compatible(patch, laterPatch)).isTrue();
    // unlike "the country" twice, "the patch" twice in one article is one patch
    assertThat(DescriptionMerge.compatible(patch, samePatchWords)).isTrue();
    assertThat(DescriptionMerge.compatible(patch, orgPatch)).isFalse();
  }

  @Test
  void aNounTheStoryGivesSeveralPersonsJoinsTheOneItsArticleNames() {
    Set<String> g1 = new java.util.HashSet<>(TRIAL);
    g1.addAll(Set.of("e:x:ana-ruiz", "e:x:tom-lee"));
    Set<String> g2 = new java.util.HashSet<>(TRIAL);
    g2.add("e:x:tom-lee");
    var lawyer = p("x:l", "g2", "the lawyer", "lawyer");
    var input =
        new DescriptionMerge.Input(
            List.of(lawyer),
            List.of(
                new DescriptionMerge.Described("x:ana-ruiz", "g1", "lawyer"),
                new DescriptionMerge.Described("x:tom-lee", "g1", "lawyer")),
            List.of(),
            Map.of("g1", g1, "g2", g2));
    List<IdentityDecision> decisions = new DescriptionMerge(0.15).decide(input, Map.of());
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).object()).contains("x:tom-lee");
    assertThat(decisions.get(0).reason()).isEqualTo(IdentityDecision.Reason.DESCRIPTION_OF_NAMED_PERSON);

    Set<String> g3 = new java.util.HashSet<>(TRIAL);
    g3.addAll(Set.of("e:x:ana-ruiz", "e:x:tom-lee"));
    var bothNamed =
        new DescriptionMerge.Input(
            List.of(p("x:m", "g3", "the lawyer", "lawyer")),
            input.described(),
            List.of(),
            Map.of("g1", g1, "g3", g3));
    assertThat(new DescriptionMerge(0.15).decide(bothNamed, Map.of())).isEmpty();
  }
}
