package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Span;

class AttributionScorerTest {
  private static final String TEXT =
      "\"We will rebuild the bridge,\" Mayor Ana Ruiz said. A city engineer said the work would"
          + " take a year. The \"smart bridge\" plan is new.";
  private static final Span QUOTE = new Span(1, 27);
  private static final Span CLAUSE = new Span(72, 98);
  private static final Span SCARE = new Span(105, 117);

  private static GoldAttribution gold(Span span, String kind, String speaker, String type) {
    return new GoldAttribution("a", span, kind, speaker, type, "say");
  }

  private static AttributionScorer.Prediction predicted(Span span, boolean direct, String speaker) {
    return new AttributionScorer.Prediction(
        span, span.of(TEXT), direct, Optional.of(AttributionScorer.Speaker.fromWords(speaker)));
  }

  @Test
  void aSurnameNamesTheGoldPersonAndMostWordsOfADescriptionNameTheGoldSource() {
    GoldAttribution person = gold(QUOTE, "direct", "Ana Ruiz", "person");
    GoldAttribution source = gold(CLAUSE, "reported", "a city engineer", "anonymous");

    assertTrue(AttributionScorer.sameSpeaker(person, Optional.of(AttributionScorer.Speaker.fromWords("Ruiz"))));
    assertFalse(AttributionScorer.sameSpeaker(person, Optional.of(AttributionScorer.Speaker.fromWords("Ortiz"))));
    assertFalse(AttributionScorer.sameSpeaker(person, Optional.empty()));
    assertTrue(AttributionScorer.sameSpeaker(source, Optional.of(AttributionScorer.Speaker.fromWords("the engineer"))));
    AttributionScorer.Speaker named = new AttributionScorer.Speaker(Set.of("ana-ruiz"), "", "Ana Ruiz");
    assertFalse(AttributionScorer.sameSpeaker(source, Optional.of(named)), "a named speaker is not an unnamed source");
  }

  @Test
  void countsRightWrongMissedExtraAndScareQuotesTaken() {
    AttributionScorer scorer = new AttributionScorer();
    List<GoldAttribution> gold =
        List.of(
            gold(QUOTE, "direct", "Ana Ruiz", "person"),
            gold(CLAUSE, "reported", "a city engineer", "anonymous"),
            gold(SCARE, "scare", "-", "-"));
    List<AttributionScorer.Prediction> predictions =
        List.of(
            predicted(QUOTE, true, "Ruiz"),
            // overlaps the clause by less than half: no match, so a miss and an extra
            predicted(new Span(58, 75), false, "engineer"),
            predicted(SCARE, true, "Ruiz"));

    scorer.add("a", TEXT, predictions, gold);
    AttributionScorer.Report r = scorer.report();

    assertEquals(new AttributionScorer.Counts(1, 2, 1, 1), r.direct());
    assertEquals(new AttributionScorer.Counts(1, 1, 0, 0), r.reported());
    assertEquals(1, r.scareGold());
    assertEquals(1, r.scareAsStatement());
    assertTrue(r.errors().stream().anyMatch(e -> e.startsWith("a reported missed: [the work would take a year]")), r.errors().toString());
    assertTrue(r.errors().stream().anyMatch(e -> e.startsWith("a direct not in gold: [smart bridge]")), r.errors().toString());
  }
}
