package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Factuality;
import org.newskg.merge.EventCoreference.Candidate;

class EventCoreferenceTest {
  /** Three reports of one story and one of another, told by their words. */
  private static final Map<String, Set<String>> DOCS =
      Map.of(
          "a", Set.of("w:ministers", "w:geneva", "w:talks", "w:ceasefire", "w:border"),
          "b", Set.of("w:ministers", "w:geneva", "w:talks", "w:ceasefire", "w:monday"),
          "c", Set.of("w:ministers", "w:geneva", "w:talks", "w:border", "w:monday"),
          "z", Set.of("w:earthquake", "w:rescue", "w:village", "w:magnitude", "w:aftershock"));

  private static Candidate meeting(String id, String doc, String day, Set<String> people) {
    return new Candidate(id, doc, Set.of("meet"), Optional.of("MEETING"), true, Factuality.ASSERTED,
        Optional.ofNullable(day).map(LocalDate::parse), Optional.ofNullable(day).map(LocalDate::parse),
        people, Set.of(), Optional.empty());
  }

  private static List<Set<String>> ids(List<List<Candidate>> clusters) {
    return clusters.stream()
        .map(c -> Set.copyOf(c.stream().map(Candidate::id).toList()))
        .toList();
  }

  private static List<Set<String>> cluster(Candidate... events) {
    return ids(new EventCoreference(EventCoreference.STORY_THRESHOLD).cluster(List.of(events), DOCS));
  }

  @Test
  void oneMeetingReportedByThreeOutletsIsOneEvent() {
    assertThat(
            cluster(
                meeting("a1", "a", "2022-01-31", Set.of("x:lavrov", "x:blinken")),
                meeting("b1", "b", "2022-01-31", Set.of("x:blinken")),
                meeting("c1", "c", null, Set.of())))
        .containsExactly(Set.of("a1", "b1", "c1"));
  }

  @Test
  void twoMeetingsOfTheSamePeopleOnDifferentDaysStayApart() {
    assertThat(
            cluster(
                meeting("a1", "a", "2022-01-31", Set.of("x:lavrov", "x:blinken")),
                meeting("b1", "b", "2022-02-07", Set.of("x:lavrov", "x:blinken"))))
        .hasSize(2);
  }

  @Test
  void reportsThatDateOneMeetingADayApartAreOneEvent() {
    assertThat(
            cluster(
                meeting("a1", "a", "2022-01-31", Set.of("x:lavrov", "x:blinken")),
                meeting("b1", "b", "2022-02-01", Set.of("x:lavrov", "x:blinken"))))
        .containsExactly(Set.of("a1", "b1"));
  }

  @Test
  void meetingsOfDifferentPeopleStayApartAndAMentionWithoutPeopleDoesNotBridgeThem() {
    assertThat(
            cluster(
                meeting("a1", "a", "2022-01-31", Set.of("x:biden", "x:emir")),
                meeting("b1", "b", "2022-01-31", Set.of("x:security-council")),
                meeting("c1", "c", null, Set.of())))
        .hasSize(2)
        .doesNotContain(Set.of("a1", "b1", "c1"));
  }

  @Test
  void aFearedInvasionNeverJoinsOneToldAsFact() {
    Candidate feared = new Candidate("a1", "a", Set.of("invad"), Optional.of("INVASION"), true,
        Factuality.HYPOTHETICAL, Optional.empty(), Optional.empty(), Set.of("x:ukraine"),
        Set.of(), Optional.empty());
    Candidate told = new Candidate("b1", "b", Set.of("invad"), Optional.of("INVASION"), true,
        Factuality.ASSERTED, Optional.empty(), Optional.empty(), Set.of("x:ukraine"), Set.of(),
        Optional.empty());
    assertThat(cluster(feared, told)).hasSize(2);
  }

  @Test
  void aPlannedCallAndTheCallToldAsDoneAreOne() {
    Candidate planned = new Candidate("a1", "a", Set.of("call"), Optional.of("PHONE_CALL"), true,
        Factuality.PLANNED, Optional.of(LocalDate.parse("2022-02-01")),
        Optional.of(LocalDate.parse("2022-02-01")), Set.of("x:blinken"), Set.of(), Optional.empty());
    Candidate done = new Candidate("b1", "b", Set.of("call"), Optional.of("PHONE_CALL"), true,
        Factuality.ASSERTED, Optional.of(LocalDate.parse("2022-02-01")),
        Optional.of(LocalDate.parse("2022-02-01")), Set.of("x:blinken"), Set.of(), Optional.empty());
    assertThat(cluster(planned, done)).containsExactly(Set.of("a1", "b1"));
  }

  @Test
  void differentAgentsOfOneKindOfActAreDifferentEvents() {
    Candidate russia = new Candidate("a1", "a", Set.of("respond"), Optional.of("COMMUNICATION"), false,
        Factuality.ASSERTED, Optional.empty(), Optional.empty(), Set.of("x:russia"),
        Set.of("x:russia"), Optional.empty());
    Candidate us = new Candidate("b1", "b", Set.of("respond"), Optional.of("COMMUNICATION"), false,
        Factuality.ASSERTED, Optional.empty(), Optional.empty(), Set.of("x:us", "x:russia"),
        Set.of("x:us"), Optional.empty());
    assertThat(cluster(russia, us)).hasSize(2);
  }

  @Test
  void oneAgentNamedInFullByOneOutletAndBySurnameByAnotherDoesNotSplitTheEvent() {
    Candidate full = new Candidate("a1", "a", Set.of("resign"), Optional.of("LEGAL_POLITICAL_ACT"), false,
        Factuality.ASSERTED, Optional.empty(), Optional.empty(), Set.of("x:mara-olsen"),
        Set.of("x:mara-olsen"), Optional.of("x:oslo"));
    Candidate surname = new Candidate("b1", "b", Set.of("resign"), Optional.of("LEGAL_POLITICAL_ACT"), false,
        Factuality.ASSERTED, Optional.empty(), Optional.empty(), Set.of("x:olsen"),
        Set.of("x:olsen"), Optional.of("x:oslo"));
    assertThat(cluster(full, surname)).containsExactly(Set.of("a1", "b1"));
  }

  private static Candidate sinking(String id, String doc, Set<String> agents) {
    return new Candidate(id, doc, Set.of("sink"), Optional.empty(), false, Factuality.ASSERTED,
        Optional.empty(), Optional.empty(), agents, agents, Optional.empty());
  }

  @Test
  void oneClashingArgumentDoesNotKeepAMentionOutOfAnEventMostReportsAgreeOn() {
    // a parse that takes the rescuers for the agent of the sinking clashes with one report only
    assertThat(
            cluster(
                sinking("a1", "a", Set.of("x:storm")),
                sinking("b1", "b", Set.of()),
                sinking("c1", "c", Set.of()),
                sinking("c2", "c", Set.of("x:coastguard"))))
        .containsExactly(Set.of("a1", "b1", "c1", "c2"));
  }

  @Test
  void aMentionWithoutArgumentsDoesNotBridgeTwoEventsWithDifferentAgents() {
    assertThat(
            cluster(
                sinking("a1", "a", Set.of("x:storm")),
                sinking("b1", "b", Set.of()),
                sinking("c1", "c", Set.of("x:collision"))))
        .hasSize(2);
  }

  private static Candidate act(String id, String doc, Set<String> keys) {
    return new Candidate(id, doc, keys, Optional.empty(), false, Factuality.ASSERTED,
        Optional.empty(), Optional.empty(), Set.of(), Set.of(), Optional.empty());
  }

  @Test
  void mentionsWhoseWordsShareASenseAreComparedThoughTheirStemsDiffer() {
    // "the envoys were placed under guard" / "were put under guard": one synset, two stems; "they
    // guarded the envoys" shares no key with either
    assertThat(
            cluster(
                act("a1", "a", Set.of("plac", "wn:v01496967")),
                act("b1", "b", Set.of("put", "wn:v01496967")),
                act("c1", "c", Set.of("guard", "wn:v01130169"))))
        .containsExactlyInAnyOrder(Set.of("a1", "b1"), Set.of("c1"));
  }

  private static Candidate said(String id, String doc, Set<String> speakers) {
    return new Candidate(id, doc, Set.of("say"), Optional.empty(), false, Factuality.ASSERTED,
        Optional.empty(), Optional.empty(), speakers, speakers, Optional.empty(), true);
  }

  @Test
  void saidJoinsOnlyWhenOneSpeakerSaysIt() {
    assertThat(cluster(said("a1", "a", Set.of("x:mayor")), said("b1", "b", Set.of())))
        .hasSize(2);
    assertThat(cluster(said("a1", "a", Set.of("x:mayor")), said("b1", "b", Set.of("x:police"))))
        .hasSize(2);
    assertThat(cluster(said("a1", "a", Set.of("x:mayor")), said("b1", "b", Set.of("x:mayor"))))
        .containsExactly(Set.of("a1", "b1"));
  }

  @Test
  void acrossStoriesOnlyADatedEventWithASharedParticipantJoins() {
    Candidate inStory = meeting("a1", "a", "2022-01-31", Set.of("x:guterres"));
    Candidate otherStory = meeting("z1", "z", "2022-01-31", Set.of("x:guterres"));
    Candidate otherStoryUndated = meeting("z2", "z", null, Set.of("x:guterres"));
    assertThat(cluster(inStory, otherStory)).containsExactly(Set.of("a1", "z1"));
    assertThat(cluster(inStory, otherStoryUndated)).hasSize(2);
  }

  @Test
  void similarWordsOfOneStoryMakeOneStoryAndAnotherTopicStaysApart() {
    Map<String, String> stories = Stories.of(DOCS, EventCoreference.STORY_THRESHOLD);
    assertThat(stories.get("a")).isEqualTo(stories.get("b")).isEqualTo(stories.get("c"));
    assertThat(stories.get("z")).isNotEqualTo(stories.get("a"));
  }

  @Test
  void twoMentionsInOneArticleJoinBeforeAReportFromElsewhereTakesOneAway() {
    // b1 (undated) and c1 (a week later) join first in input order; a2, undated like b1, would
    // then follow them and leave its own article's dated a1 alone
    assertThat(
            cluster(
                meeting("b1", "b", null, Set.of()),
                meeting("c1", "c", "2022-02-07", Set.of()),
                meeting("a1", "a", "2022-01-31", Set.of()),
                meeting("a2", "a", null, Set.of())))
        .containsExactlyInAnyOrder(Set.of("a1", "a2"), Set.of("b1", "c1"));
  }

  @Test
  void pairsFromTheMostAlikeArticlesJoinFirst() {
    // q and r also share the names of the ferry's town and line, p only the story's words; q1,
    // without an agent, could join either p1 or r1 but not both (their agents clash): it goes
    // with the report most like its own, although p1 comes first
    Map<String, Set<String>> docs =
        Map.of(
            "p", Set.of("w:ferry", "w:sank", "w:storm", "w:passengers", "w:night"),
            "q", Set.of("w:ferry", "w:sank", "w:storm", "e:harbour-town", "e:star-line"),
            "r", Set.of("w:ferry", "w:sank", "w:storm", "e:harbour-town", "e:star-line"));
    List<Candidate> events =
        List.of(
            sinking("p1", "p", Set.of("x:storm")),
            sinking("q1", "q", Set.of()),
            sinking("r1", "r", Set.of("x:collision")));
    assertThat(ids(new EventCoreference(EventCoreference.STORY_THRESHOLD).cluster(events, docs)))
        .containsExactlyInAnyOrder(Set.of("p1"), Set.of("q1", "r1"));
  }

  private static Candidate told(String id, String doc, Set<String> agents, Set<String> context) {
    return new Candidate(id, doc, Set.of("sink"), Optional.empty(), false, Factuality.ASSERTED,
        Optional.empty(), Optional.empty(), agents, agents, Optional.empty(), false, context);
  }

  /** Mentions of other documents, so that what every document says is not rare. */
  private static final List<Candidate> ELSEWHERE =
      List.of(
          new Candidate("c1", "c", Set.of("rescue"), Optional.empty(), false, Factuality.ASSERTED,
              Optional.empty(), Optional.empty(), Set.of(), Set.of(), Optional.empty(), false,
              Set.of("w:ferry", "w:coast", "w:crew")),
          new Candidate("z1", "z", Set.of("quake"), Optional.empty(), false, Factuality.ASSERTED,
              Optional.empty(), Optional.empty(), Set.of(), Set.of(), Optional.empty(), false,
              Set.of("w:ferry", "w:village", "n:6.2")));

  private static List<Set<String>> clusterWithOthers(Candidate... events) {
    List<Candidate> all = new java.util.ArrayList<>(List.of(events));
    all.addAll(ELSEWHERE);
    return ids(new EventCoreference(EventCoreference.STORY_THRESHOLD).cluster(all, DOCS));
  }

  @Test
  void sentencesThatShareRareParticularsTellOneEventThoughTheirParsesGiveDifferentAgents() {
    Set<String> particulars =
        Set.of("w:ferry", "w:kestrel", "w:pier", "w:harbourmaster", "n:41", "n:1987", "w:tuesday");
    assertThat(
            clusterWithOthers(
                told("a1", "a", Set.of("x:storm"), particulars),
                told("b1", "b", Set.of("x:harbourmaster"), particulars)))
        .contains(Set.of("a1", "b1"));
  }

  @Test
  void wordsThatEveryReportSharesDoNotOverruleDifferentAgents() {
    // "ferry" is in every document's mention contexts, "kestrel" in two of four: not enough
    assertThat(
            clusterWithOthers(
                told("a1", "a", Set.of("x:storm"), Set.of("w:ferry", "w:kestrel", "w:winds")),
                told("b1", "b", Set.of("x:harbourmaster"), Set.of("w:ferry", "w:kestrel", "n:41"))))
        .contains(Set.of("a1"), Set.of("b1"));
  }

  @Test
  void aMentionWhoseSentenceSharesWordsWithTwoEventsDoesNotBridgeTheirDifferentAgents() {
    Set<String> storm = Set.of("w:kestrel", "w:pier", "w:gale", "n:41", "w:night", "w:waves");
    Set<String> collision = Set.of("w:tanker", "w:channel", "w:fog", "n:12", "w:dawn", "w:radar");
    Set<String> both = new java.util.HashSet<>(storm);
    both.addAll(collision);
    assertThat(
            clusterWithOthers(
                told("a1", "a", Set.of("x:storm"), storm),
                told("b1", "b", Set.of(), both),
                told("c2", "c", Set.of("x:collision"), collision)))
        .hasSize(4);
  }

  /** The particulars of one sentence retold by two reports of a software story. */
  private static final Set<String> PATCH =
      Set.of("w:acme", "w:patch", "w:router", "w:firmware", "w:vulnerability", "n:4.2", "w:wednesday");

  private static Candidate act(String id, String doc, String key, Set<String> participants,
      Set<String> context) {
    return new Candidate(id, doc, Set.of(key), Optional.empty(), false, Factuality.ASSERTED,
        Optional.empty(), Optional.empty(), participants, Set.of(), Optional.empty(), false,
        context);
  }

  private static Set<String> plus(Set<String> context, String word) {
    Set<String> out = new java.util.HashSet<>(context);
    out.add(word);
    return out;
  }

  @Test
  void differentWordsForOneActInRetoldSentencesJoin() {
    // "Acme issued a patch ..." and "Acme released a patch ...": no key in common
    assertThat(
            clusterWithOthers(
                act("a1", "a", "issue", Set.of("x:acme"), PATCH),
                act("b1", "b", "release", Set.of("x:acme"), PATCH)))
        .contains(Set.of("a1", "b1"));
  }

  @Test
  void differentWordsInRetoldSentencesStayApartWithoutACommonParticipant() {
    assertThat(
            clusterWithOthers(
                act("a1", "a", "issue", Set.of("x:acme"), PATCH),
                act("b1", "b", "release", Set.of(), PATCH)))
        .contains(Set.of("a1"), Set.of("b1"));
  }

  @Test
  void theOneMentionLeftOverInEachOfTwoRetoldSentencesJoins() {
    // "Acme issued a patch that fixes ..." / "Acme released a patch that fixes ...": the fixes
    // align by their key, the issuing and the releasing are what is left
    assertThat(
            clusterWithOthers(
                act("a1", "a", "issue", Set.of("x:acme"), plus(PATCH, "w:fixes")),
                act("a2", "a", "fix", Set.of("x:acme"), plus(PATCH, "w:issued")),
                act("b1", "b", "release", Set.of("x:acme"), plus(PATCH, "w:fixes")),
                act("b2", "b", "fix", Set.of("x:acme"), plus(PATCH, "w:released"))))
        .contains(Set.of("a1", "b1"), Set.of("a2", "b2"));
  }

  @Test
  void twoMentionsLeftOverInEachOfTwoRetoldSentencesDoNotPair() {
    // which of "announced" and "issued" goes with "unveiled" or "released" the particulars of the
    // sentence cannot tell
    assertThat(
            clusterWithOthers(
                act("a1", "a", "issue", Set.of("x:acme"), plus(PATCH, "w:announced")),
                act("a2", "a", "announce", Set.of("x:acme"), plus(PATCH, "w:issued")),
                act("b1", "b", "release", Set.of("x:acme"), plus(PATCH, "w:unveiled")),
                act("b2", "b", "unveil", Set.of("x:acme"), plus(PATCH, "w:released"))))
        .contains(Set.of("a1"), Set.of("a2"), Set.of("b1"), Set.of("b2"));
  }
}
