package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;

/**
 * Events from sentences written for these tests (not from the seeds), through the real CoreNLP
 * pipeline, in an article dated Monday 2022-01-31.
 */
class EventExtractionIT {
  private static final LocalDate MONDAY = LocalDate.of(2022, 1, 31);

  private static List<Event> events(String text) {
    Article article =
        new Article(
            "test",
            text,
            new ArticleMetadata(
                Optional.empty(), Optional.empty(), Optional.of(MONDAY), Optional.empty(), false,
                false),
            "test");
    var analysis = NlpPipeline.shared(NlpSettings.DEFAULT).analyze(text, Optional.of(MONDAY));
    return new ArticleExtractor().extract(article, analysis).events();
  }

  private static Event only(List<Event> events, EventType type) {
    return one(events, e -> e.type().equals(Optional.of(type)), "of type " + type);
  }

  private static Event withLemma(List<Event> events, String lemma) {
    return one(events, e -> e.lemma().equals(lemma), lemma);
  }

  private static Event one(List<Event> events, Predicate<Event> wanted, String what) {
    List<Event> found = events.stream().filter(wanted).toList();
    assertThat(found).as("events %s in %s", what, events).hasSize(1);
    return found.get(0);
  }

  @Test
  void plannedMeetingOnTuesdayIsTheComingTuesdayWithPlaceAndParticipants() {
    Event e =
        only(
            events("The foreign ministers of Brazil and Argentina will meet in Geneva on Tuesday."),
            EventType.MEETING);
    assertThat(e.factuality()).isEqualTo(Factuality.PLANNED);
    assertThat(e.when().orElseThrow().value()).isEqualTo("2022-02-01");
    assertThat(e.placeKey()).contains("geneva");
    assertThat(e.participants()).extracting(Participant::entityKey).contains("brazil");
  }

  @Test
  void pastArrestLastWeekIsThatWeekAndTheArrestedIsTheTheme() {
    Event e =
        only(events("Police in Lyon arrested Marcel Dupont last week."), EventType.ARREST);
    assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
    assertThat(e.when().orElseThrow().value()).isEqualTo("2022-W04");
    assertThat(e.participants()).contains(new Participant("marcel-dupont", EventRole.THEME));
  }

  @Test
  void aMeetingInDecemberToldInJanuaryIsLastDecember() {
    Event e =
        only(
            events("Chancellor Olaf Scholz met President Emmanuel Macron in Paris in December."),
            EventType.MEETING);
    assertThat(e.when().orElseThrow().value()).isEqualTo("2021-12");
    assertThat(e.participants())
        .contains(
            new Participant("olaf-scholz", EventRole.AGENT),
            new Participant("emmanuel-macron", EventRole.RECIPIENT));
  }

  @Test
  void aSummitHeldOnFridayIsPlannedForTheComingFriday() {
    Event e = only(events("The two leaders will hold a summit on Friday."), EventType.MEETING);
    assertThat(e.factuality()).isEqualTo(Factuality.PLANNED);
    assertThat(e.support()).isPresent();
    assertThat(e.when().orElseThrow().value()).isEqualTo("2022-02-04");
  }

  @Test
  void anEarthquakeOnSundayToldOnMondayWasTheDayBefore() {
    Event e =
        only(events("The earthquake on Sunday destroyed hundreds of homes."), EventType.DISASTER);
    assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
    assertThat(e.when().orElseThrow().value()).isEqualTo("2022-01-30");
  }

  @Test
  void aFearedInvasionIsNeverAsserted() {
    List<Event> events =
        events(
            "Officials in Taipei fear a possible Chinese invasion of Taiwan. If Beijing invades"
                + " Taiwan, Washington will impose sanctions.");
    List<Event> invasions =
        events.stream().filter(e -> e.type().equals(Optional.of(EventType.INVASION))).toList();
    assertThat(invasions).hasSize(2).allMatch(e -> e.factuality() == Factuality.HYPOTHETICAL);
    Event sanctions = only(events, EventType.SANCTION);
    assertThat(sanctions.factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    assertThat(invasions.get(0).participants()).contains(new Participant("taiwan", EventRole.RECIPIENT));
  }

  @Test
  void aDeniedAttackAndANegatedCallAreDenied() {
    List<Event> events =
        events(
            "The army denied that its soldiers attacked the village. The president did not"
                + " have a phone call with the prime minister.");
    assertThat(only(events, EventType.ATTACK).factuality()).isEqualTo(Factuality.DENIED);
    assertThat(only(events, EventType.PHONE_CALL).factuality()).isEqualTo(Factuality.DENIED);
  }

  @Test
  void aNegatedVerbDeniesTheMeetingItHoldsButNotTheDeathInItsObject() {
    List<Event> events =
        events(
            "The coroner did not provide the cause of the death. The union did not hold a"
                + " meeting with the owners.");
    assertThat(withLemma(events, "death").factuality()).isEqualTo(Factuality.ASSERTED);
    assertThat(withLemma(events, "meeting").factuality()).isEqualTo(Factuality.DENIED);
  }

  @Test
  void aDeniedAttackIsDeniedAndAShootingNotCommentedOnHappened() {
    List<Event> events =
        events(
            "The rebels denied the attack on the convoy. The police did not comment on the"
                + " shooting. The chief would not comment on the cause of the fire.");
    assertThat(withLemma(events, "attack").factuality()).isEqualTo(Factuality.DENIED);
    assertThat(withLemma(events, "shooting").factuality()).isEqualTo(Factuality.ASSERTED);
    assertThat(withLemma(events, "fire").factuality()).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void aFearedInvasionUnderANegatedModalNeverHappened() {
    List<Event> events =
        events(
            "Diplomats fear an invasion of the island. The government has shown no interest in"
                + " invading the island. An invasion would not be a short war.");
    List<Event> invasions =
        events.stream().filter(e -> e.type().equals(Optional.of(EventType.INVASION))).toList();
    assertThat(invasions).hasSizeGreaterThanOrEqualTo(2);
    assertThat(invasions).noneMatch(e -> e.factuality() == Factuality.ASSERTED);
  }

  @Test
  void aCallSetForTuesdayIsPlannedWithBothSides() {
    Event e =
        only(
            events(
                "Prime Minister Justin Trudeau is set to have a phone call with Chancellor Olaf"
                    + " Scholz."),
            EventType.PHONE_CALL);
    assertThat(e.factuality()).isEqualTo(Factuality.PLANNED);
    assertThat(e.participants())
        .contains(
            new Participant("justin-trudeau", EventRole.AGENT),
            new Participant("olaf-scholz", EventRole.RECIPIENT));
  }
}
