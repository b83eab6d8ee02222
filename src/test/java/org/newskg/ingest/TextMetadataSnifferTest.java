package org.newskg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextMetadataSnifferTest {

  private static Optional<LocalDate> date(String text) {
    return TextMetadataSniffer.date(text);
  }

  private static Optional<String> publisher(String text) {
    return TextMetadataSniffer.publisher(text);
  }

  @Test
  void readsALabelledIsoDateLine() {
    assertThat(date("date 2023-06-05\nThe council met.")).contains(LocalDate.of(2023, 6, 5));
    assertThat(date("Headline\n  Date: 2021-11-30 Photo: A. Person"))
        .contains(LocalDate.of(2021, 11, 30));
  }

  @Test
  void readsPublishedAndUpdatedLinesWithEnglishMonths() {
    assertThat(date("Published Jan. 31, 2022\nText.")).contains(LocalDate.of(2022, 1, 31));
    assertThat(date("Updated Feb 1, 2022 - World\nText.")).contains(LocalDate.of(2022, 2, 1));
    assertThat(date("Posted: 4 March 2019\nText.")).contains(LocalDate.of(2019, 3, 4));
    assertThat(date("Published 10:05 AM EST, Mon September 12th, 2016"))
        .contains(LocalDate.of(2016, 9, 12));
    assertThat(date("PUBLISHED ON SEPT. 9 2020")).contains(LocalDate.of(2020, 9, 9));
  }

  @Test
  void prefersThePublicationLineOverAnUpdateLine() {
    String text = "Updated March 3, 2020\nPublished March 1, 2020\nText.";

    assertThat(date(text)).contains(LocalDate.of(2020, 3, 1));
  }

  @Test
  void ignoresDatesInProseAndImpossibleDates() {
    assertThat(date("The treaty was signed on May 9, 1945, in Berlin.")).isEmpty();
    assertThat(date("Posted guards arrived on March 2, 2020.")).isEmpty();
    assertThat(date("Published February 30, 2021")).isEmpty();
    assertThat(date("Dated material from 2020-01-01")).isEmpty();
  }

  @Test
  void readsALineThatIsNothingButADateUnderTheHeadline() {
    assertThat(date("Mayor opens the new bridge\nWednesday, July 28, 2004\nThe mayor said."))
        .contains(LocalDate.of(2004, 7, 28));
    assertThat(date("Storm hits the coast\n18 September 2013 Last updated at 13:59 GMT\nText."))
        .contains(LocalDate.of(2013, 9, 18));
    assertThat(date("Vote delayed\nSeptember 12, 2013 10:23 a.m. ET\nText."))
        .contains(LocalDate.of(2013, 9, 12));
  }

  @Test
  void aBareDateLineYieldsToAPublicationLineAndWinsOverAnUpdateLine() {
    assertThat(date("Published March 1, 2020\nFebruary 3, 2020\nText."))
        .contains(LocalDate.of(2020, 3, 1));
    assertThat(date("Updated March 5, 2020\nMarch 1, 2020\nText."))
        .contains(LocalDate.of(2020, 3, 1));
  }

  @Test
  void aDateThatBeginsProseOrComesLateIsNoDateLine() {
    assertThat(date("May 9, 1945: the war ends in Europe\nText.")).isEmpty();
    assertThat(date("May 9, 1945 Berlin\nText.")).isEmpty();
    assertThat(date("One\nTwo\nThree\nFour\nFive\nJune 1, 2020\nText.")).isEmpty();
  }

  @Test
  void looksOnlyNearTheStart() {
    String text = "x".repeat(TextMetadataSniffer.HEAD_CHARS) + "\nPublished June 1, 2020";

    assertThat(date(text)).isEmpty();
  }

  @Test
  void takesThePublisherFromAWireDateline() {
    assertThat(publisher("WASHINGTON (AP) — Lawmakers voted on Tuesday."))
        .contains("The Associated Press");
    assertThat(publisher("Headline\n\nMOSCOW, Jan 31 (Reuters) - The Kremlin said."))
        .contains("Reuters");
    assertThat(publisher("KYIV, Ukraine (AFP) -- Sirens sounded."))
        .contains("Agence France-Presse");
    assertThat(publisher("ST. PETERSBURG, Fla. (UPI) – Storms hit."))
        .contains("United Press International");
    assertThat(publisher("BERLIN (dpa) - Die Regierung.")).contains("Deutsche Presse-Agentur");
    assertThat(publisher("London (CNN)— The prime minister said.")).contains("CNN");
  }

  @Test
  void findsNoPublisherInOrdinarySentences() {
    assertThat(publisher("Secretary of State Antony Blinken (L) and Sergei Lavrov met.")).isEmpty();
    assertThat(publisher("The alliance (NATO) said on Monday - again - that it would not."))
        .isEmpty();
    assertThat(publisher("He said WASHINGTON (AP) — was wrong.")).isEmpty();
    assertThat(publisher("Officials (Reuters) reported nothing.")).isEmpty();
  }

  @Test
  void givenValuesWinAndInferredValuesAreMarked() {
    String text = "Published June 1, 2020\nPARIS (AFP) - Text.";
    ArticleMetadata given =
        new ArticleMetadata(
            Optional.empty(),
            Optional.of("Le Monde"),
            Optional.empty(),
            Optional.of("Headline"),
            false,
            false);

    ArticleMetadata completed = TextMetadataSniffer.complete(given, text);

    assertThat(completed)
        .isEqualTo(
            new ArticleMetadata(
                Optional.empty(),
                Optional.of("Le Monde"),
                Optional.of(LocalDate.of(2020, 6, 1)),
                Optional.of("Headline"),
                true,
                false));
    assertThat(TextMetadataSniffer.complete(ArticleMetadata.NONE, "Nothing to see."))
        .isEqualTo(ArticleMetadata.NONE);
  }
}
