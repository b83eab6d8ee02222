package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testsupport.Extractions;

/**
 * Statements on sentences written for these tests (none from the seeds), through the real CoreNLP
 * pipeline: each construction the attribution must handle.
 */
class StatementExtractionIT {
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 8);

  private static ArticleExtraction extract(String text) {
    return Extractions.of(text, WEDNESDAY);
  }

  private static Statement statementStarting(ArticleExtraction x, String words) {
    return x.statements().stream()
        .filter(s -> s.quote().startsWith(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement starting '" + words + "' in " + x.statements()));
  }

  private static String speakerName(ArticleExtraction x, Statement s) {
    return speakerName(x, s.speaker().orElseThrow(() -> new AssertionError("no speaker for " + s)));
  }

  private static List<String> speakerNames(ArticleExtraction x, Statement s) {
    return s.speakers().stream().map(ref -> speakerName(x, ref)).toList();
  }

  private static String speakerName(ArticleExtraction x, SpeakerRef ref) {
    if (ref instanceof SpeakerRef.Named n) {
      return x.entities().stream()
          .filter(e -> e.key().equals(n.entityKey()))
          .findFirst()
          .orElseThrow()
          .canonicalName();
    }
    if (ref instanceof SpeakerRef.Unnamed u) {
      UnnamedParticipant p =
          x.unnamedParticipants().stream()
              .filter(q -> q.firstMention().equals(u.span()))
              .findFirst()
              .orElseThrow();
      return "unnamed " + p.type() + ": " + p.description();
    }
    Span first =
        ref instanceof SpeakerRef.Document d ? d.firstMention() : ((SpeakerRef.Anonymous) ref).firstMention();
    AnonymousSource source =
        x.anonymousSources().stream()
            .filter(src -> src.firstMention().equals(first))
            .findFirst()
            .orElseThrow();
    return (source.document() ? "document: " : "anonymous: ") + source.description();
  }

  @Test
  void attributesBothPartsOfAQuoteSplitByItsAttribution() {
    ArticleExtraction x =
        extract(
            "Prime Minister Jane Holloway spoke in Leeds on Friday.\n\n"
                + "“We will not back down,” Holloway said. “Our position has not changed.”");
    assertThat(speakerName(x, statementStarting(x, "We will not back down"))).isEqualTo("Jane Holloway");
    Statement second = statementStarting(x, "Our position has not changed");
    assertThat(second.direct()).isTrue();
    assertThat(speakerName(x, second)).isEqualTo("Jane Holloway");
  }

  @Test
  void aQuoteAfterAnInvertedAttributionGoesToTheNamedSpeaker() {
    ArticleExtraction x =
        extract("“The budget is balanced for the first time in a decade,” said Marcus Oyelaran, the city treasurer.");
    assertThat(speakerName(x, statementStarting(x, "The budget is balanced"))).isEqualTo("Marcus Oyelaran");
  }

  @Test
  void aPronounSpeakerIsResolvedToThePerson() {
    ArticleExtraction x =
        extract(
            "Senator Laura Castellanos criticized the plan on Tuesday.\n\n"
                + "“This bill will hurt farmers,” she told reporters.");
    Statement s = statementStarting(x, "This bill will hurt farmers");
    assertThat(speakerName(x, s)).isEqualTo("Laura Castellanos");
    assertThat(s.cue()).isEqualTo("tell");
    assertThat(s.speakerMention().orElseThrow().of(x.article().text())).isEqualTo("she");
  }

  @Test
  void anUnnamedSourceIsAnAnonymousSourceAndLaterDescriptionsReferToIt() {
    ArticleExtraction x =
        extract(
            "The factory will close in June, said a company manager who asked not to be named "
                + "because talks are continuing.\n\n"
                + "“Nobody here is surprised,” the manager said.");
    Statement reported = statementStarting(x, "The factory will close");
    assertThat(reported.direct()).isFalse();
    assertThat(speakerName(x, reported)).startsWith("anonymous: a company manager who asked");
    assertThat(speakerName(x, statementStarting(x, "Nobody here is surprised")))
        .startsWith("anonymous: a company manager");
    assertThat(x.anonymousSources()).hasSize(1);
  }

  @Test
  void anOrganizationOrGovernmentCanBeTheSpeaker() {
    ArticleExtraction x =
        extract("The Defense Ministry denied that troops had crossed the border near Kherson.");
    Statement s = statementStarting(x, "troops had crossed the border");
    assertThat(s.direct()).isFalse();
    assertThat(s.cue()).isEqualTo("deny");
    assertThat(speakerName(x, s)).isEqualTo("Defense Ministry");
  }

  @Test
  void accordingToGivesReportedSpeechWithoutThePhraseItself() {
    ArticleExtraction x =
        extract("According to Acme Corp., quarterly sales rose 5 percent, though costs rose faster.");
    Statement s = statementStarting(x, "quarterly sales rose 5 percent");
    assertThat(s.cue()).isEqualTo("according to");
    assertThat(s.quote()).doesNotContain("though");
    assertThat(speakerName(x, s)).isEqualTo("Acme Corp.");
  }

  @Test
  void anAccusationReportsWhomAndOfWhat() {
    ArticleExtraction x =
        extract("Greenpeace has accused the mining company of polluting the river for years.");
    Statement s = statementStarting(x, "the mining company of polluting");
    assertThat(s.cue()).isEqualTo("accuse");
    assertThat(speakerName(x, s)).isEqualTo("Greenpeace");
  }

  @Test
  void namesInQuotationMarksAreScareQuotesEvenInAReportedSentence() {
    ArticleExtraction x =
        extract(
            "The studio said the sequel to “Night Harbor” will start filming in June.\n\n"
                + "Customs officers said the boat belonged to Frank “Big Frankie” Dolan, a smuggler.\n\n"
                + "The bank said customers should run the “Lock Now” tool at once.");
    assertThat(x.scareQuotes())
        .extracting(span -> span.of(x.article().text()))
        .containsExactlyInAnyOrder("Night Harbor", "Big Frankie", "Lock Now");
    assertThat(x.statements()).noneMatch(s -> s.direct());
  }

  @Test
  void aShortCapitalisedAnswerAfterItsIntroductionIsStillSpeech() {
    ArticleExtraction x = extract("Asked whether she would run again, Mayor Tom Brecker said, “Absolutely Not.”");
    Statement s = statementStarting(x, "Absolutely Not");
    assertThat(s.direct()).isTrue();
    assertThat(speakerName(x, s)).isEqualTo("Tom Brecker");
  }

  @Test
  void aPartialQuoteInsideASentenceIsAttributedToTheSentencesSpeaker() {
    ArticleExtraction x = extract("Mayor Tom Brecker dismissed the audit as a “political stunt.”");
    Statement s = statementStarting(x, "political stunt");
    assertThat(s.direct()).isTrue();
    assertThat(speakerName(x, s)).isEqualTo("Tom Brecker");
    assertThat(x.scareQuotes()).isEmpty();
  }

  @Test
  void aTermInQuotationMarksIsAScareQuoteNotAStatement() {
    ArticleExtraction x =
        extract("Critics say the agency’s “streamlining plan” has cost hundreds of jobs.");
    assertThat(x.scareQuotes()).extracting(span -> span.of(x.article().text())).containsExactly("streamlining plan");
    assertThat(x.statements()).noneMatch(s -> s.quote().equals("streamlining plan"));
  }

  @Test
  void aQuoteRunningOverTwoParagraphsKeepsItsSpeaker() {
    ArticleExtraction x =
        extract(
            "Coach Rita Amsel was blunt after the game. “We played without energy,\n\n"
                + "“and we deserved to lose,” Amsel said.");
    assertThat(speakerName(x, statementStarting(x, "We played without energy"))).isEqualTo("Rita Amsel");
    assertThat(speakerName(x, statementStarting(x, "and we deserved to lose"))).isEqualTo("Rita Amsel");
  }

  @Test
  void aDocumentThatContinuesSpeaksForItsAuthor() {
    ArticleExtraction x =
        extract(
            "“The plant is safe,” a Nordvik Energy spokeswoman said in a statement.\n\n"
                + "“Inspections found no fault,” the statement continued.");
    Statement s = statementStarting(x, "Inspections found no fault");
    assertThat(s.cue()).isEqualTo("continue");
    assertThat(speakerName(x, s)).startsWith("anonymous: a Nordvik Energy spokeswoman");
  }

  @Test
  void photoCaptionsNeverGiveStatementsOrSpeakers() {
    ArticleExtraction x =
        extract(
            "Protesters chant “no more cuts” outside parliament, Monday. (AP Photo/Ana Ruiz)\n\n"
                + "Lawmakers voted on the budget late on Monday.");
    assertThat(x.statements()).isEmpty();
  }

  @Test
  void theDayOfAStatementIsNormalisedAgainstTheArticleDate() {
    ArticleExtraction x =
        extract(
            "“We are ready,” Governor Paul Dimitrov said on Tuesday.\n\n"
                + "Dimitrov said last week that the state would act.");
    TimeValue tuesday = statementStarting(x, "We are ready").when().orElseThrow();
    assertThat(tuesday.value()).isEqualTo("2023-03-07");
    TimeValue lastWeek = statementStarting(x, "the state would act").when().orElseThrow();
    assertThat(lastWeek.from()).isEqualTo(LocalDate.of(2023, 2, 27));
    assertThat(lastWeek.to()).isEqualTo(LocalDate.of(2023, 3, 5));
  }

  @Test
  void aCapitalThatIsAPersonsSurnameIsNotTakenForItsGovernment() {
    ArticleExtraction x =
        extract(
            "Former crew member Anna Paris described the conditions on board.\n\n"
                + "Paris said she was made to work from dawn to midnight.");
    Statement s = statementStarting(x, "she was made to work");
    // NER tags this "Paris" a city; the subject that ends the one full name in the article is
    // the person, and France (the seat-of-government reading) must never be the speaker.
    assertThat(speakerName(x, s)).isEqualTo("Anna Paris");
  }

  @Test
  void statementsCarryTheirExactCharacters() {
    ArticleExtraction x = extract("“Prices will fall,” the bank’s chief economist, Ines Vogt, said.");
    for (Statement s : x.statements()) {
      assertThat(s.content().of(x.article().text())).isEqualTo(s.quote());
    }
    List<Statement> direct = x.statements().stream().filter(Statement::direct).toList();
    assertThat(direct).hasSize(1);
  }

  @Test
  void aQuoteSetApartWithADashGoesToTheNameAfterTheDash() {
    ArticleExtraction x =
        extract(
            "Markets fell sharply in Asia on Monday.\n\n"
                + "\"Nobody expected the rate rise to come so soon.\" - Harriet Okonkwo\n\n"
                + "Traders said volumes were thin.");
    assertThat(speakerName(x, statementStarting(x, "Nobody expected the rate rise")))
        .isEqualTo("Harriet Okonkwo");
  }

  @Test
  void aQuoteWithItsOwnUnnameableAttributionIsNotGivenToThePreviousSpeaker() {
    ArticleExtraction x =
        extract(
            "\"We will reopen in April,\" said Mayor Tom Reddick. Visitors to the closed pier "
                + "find a sign stating, \"No entry beyond this point for any reason.\"");
    assertThat(speakerName(x, statementStarting(x, "We will reopen in April"))).isEqualTo("Tom Reddick");
    Statement sign = statementStarting(x, "No entry beyond this point");
    assertThat(sign.speaker()).isEmpty();
  }

  @Test
  void verbsOfSpeakingBeyondSayAttributeAQuoteNextToThem() {
    ArticleExtraction x =
        extract("Dr. Amara Velasquez paused at the door and whispered, \"We are almost there.\"");
    Statement s = statementStarting(x, "We are almost there");
    assertThat(s.cue()).isEqualTo("whisper");
    assertThat(speakerName(x, s)).isEqualTo("Amara Velasquez");
  }

  @Test
  void aNameAfterAPossessiveDescriptionIsTheSpeaker() {
    ArticleExtraction x =
        extract(
            "Student Arjun Pillai built a tide-powered lamp for the science fair.\n\n"
                + "His father Tomas Pillai said he was proud of what his son had built.");
    Statement s = statementStarting(x, "he was proud of what his son had built");
    assertThat(s.direct()).isFalse();
    assertThat(speakerName(x, s)).isEqualTo("Tomas Pillai");
  }

  @Test
  void aReportingClauseOpenedByAsReportsTheClauseItModifies() {
    ArticleExtraction x =
        extract("As Petra Lindqvist told the Oslo Herald, the harbour has lost half its ferries since 2019.");
    Statement s = statementStarting(x, "the harbour has lost half its ferries");
    assertThat(s.direct()).isFalse();
    assertThat(s.cue()).isEqualTo("tell");
    assertThat(speakerName(x, s)).isEqualTo("Petra Lindqvist");
  }

  @Test
  void aSurnameMisspelledLaterInTheArticleStillNamesTheSpeaker() {
    ArticleExtraction x =
        extract(
            "Food safety spokeswoman Lydia Baughman said new rules were coming.\n\n"
                + "\"We have to get the balance right,\" Ms Bauchman said.");
    assertThat(speakerName(x, statementStarting(x, "We have to get the balance right")))
        .isEqualTo("Lydia Baughman");
  }

  @Test
  void twoPeopleWithSimilarSurnamesAreNotJoinedByASlip() {
    ArticleExtraction x =
        extract(
            "Coach Peter Johnson and his assistant Mary Johnsen met the board.\n\n"
                + "\"We are ready,\" Johnsan said.");
    Statement s = statementStarting(x, "We are ready");
    assertThat(s.speaker()).isPresent();
    assertThat(speakerName(x, s)).isEqualTo("Johnsan");
  }

  @Test
  void aDescriptionByJobTitleIsTheOnePersonWithThatTitle() {
    ArticleExtraction x =
        extract(
            "Interior Secretary Dana Whitfield announced the new rules on Monday.\n\n"
                + "The secretary said the changes were smaller than first planned.");
    Statement s = statementStarting(x, "the changes were smaller");
    assertThat(speakerName(x, s)).isEqualTo("Dana Whitfield");
  }

  @Test
  void aTrailingAttributionToPoliceIsThePoliceForceEvenAfterATimeOfDay() {
    ArticleExtraction x =
        extract("The cyclist was struck by a van near Elm Street about 7 p. m., police said.");
    Statement s = statementStarting(x, "The cyclist was struck by a van");
    assertThat(s.direct()).isFalse();
    assertThat(speakerName(x, s)).isEqualTo("unnamed ORGANIZATION: police");
    assertThat(x.anonymousSources()).isEmpty();
  }

  @Test
  void anOrganizationToldByItsDescriptionSpeaksAsItselfAndKeepsItsFullestDescription() {
    ArticleExtraction x =
        extract(
            "Harbourton police closed the bridge on Sunday after a crack was found.\n\n"
                + "The police said the bridge would stay shut until an engineer had seen it.\n\n"
                + "\"We will not take any risk,\" the company that runs the ferry said.");
    Statement reported = statementStarting(x, "the bridge would stay shut");
    assertThat(speakerName(x, reported)).isEqualTo("unnamed ORGANIZATION: Harbourton police");
    assertThat(reported.speakerMention().orElseThrow().of(x.article().text())).isEqualTo("The police");
    Statement quoted = statementStarting(x, "We will not take any risk");
    assertThat(speakerName(x, quoted)).startsWith("unnamed ORGANIZATION: the company");
  }

  @Test
  void aClosingAccordingToVouchesForTheWholeSentence() {
    ArticleExtraction x =
        extract(
            "Nothing in the new code stops a school from asking for advice from parents, teachers,"
                + " charities or other groups that may know the pupils well, according to Olga Brandt.");
    Statement s = statementStarting(x, "Nothing in the new code");
    assertThat(s.quote()).endsWith("may know the pupils well");
    assertThat(s.cue()).isEqualTo("according to");
    assertThat(speakerName(x, s)).isEqualTo("Olga Brandt");
  }

  @Test
  void aReportedClauseRunsToItsLastPredicateAndStopsBeforeAParticipleOfSaying() {
    ArticleExtraction x =
        extract(
            "But the Coastal Shipping Office later said that the boat stopped by the coast guard was"
                + " actually a fishing trawler that had been taken by smugglers.\n\n"
                + "The fire chief has said an inquiry is underway noting that there had been no threats.");
    Statement boat = statementStarting(x, "the boat stopped by the coast guard");
    assertThat(boat.quote()).endsWith("had been taken by smugglers");
    Statement inquiry = statementStarting(x, "an inquiry is underway");
    assertThat(inquiry.quote()).isEqualTo("an inquiry is underway");
  }

  @Test
  void recordsAndReportsWithNoAuthorNamedAreDocumentSources() {
    ArticleExtraction x =
        extract(
            "The driver had been banned from driving twice before, according to court records.\n\n"
                + "A new report says most bridges in the county need repairs.\n\n"
                + "The report also says that three of them should close at once.");
    Statement records = statementStarting(x, "The driver had been banned");
    assertThat(speakerName(x, records)).isEqualTo("document: court records");
    assertThat(records.speaker()).containsInstanceOf(SpeakerRef.Document.class);
    Statement report = statementStarting(x, "most bridges in the county");
    assertThat(speakerName(x, report)).isEqualTo("document: A new report");
    Statement again = statementStarting(x, "three of them should close");
    assertThat(again.speaker()).isEqualTo(report.speaker());
    assertThat(x.anonymousSources()).allMatch(AnonymousSource::document);
  }

  @Test
  void theOwnerOfADocumentIsItsSpeaker() {
    ArticleExtraction x =
        extract(
            "Mayor Ruth Okafor spoke on Tuesday.\n\n"
                + "Okafor's announcement said the market would reopen in June.");
    Statement s = statementStarting(x, "the market would reopen");
    assertThat(speakerName(x, s)).isEqualTo("Ruth Okafor");
  }

  @Test
  void aPersonOfTheForceIsStillAnAnonymousSource() {
    ArticleExtraction x =
        extract("A police spokeswoman said the driver had been questioned and released.");
    Statement s = statementStarting(x, "the driver had been questioned");
    assertThat(speakerName(x, s)).isEqualTo("anonymous: A police spokeswoman");
  }

  @Test
  void reportingVerbsOfConjectureReportSpeech() {
    ArticleExtraction x =
        extract("Columnist Rob Tenney wrote about the trade on Monday.\n\nHe speculated the club might sign a new pitcher.");
    Statement s = statementStarting(x, "the club might sign a new pitcher");
    assertThat(s.cue()).isEqualTo("speculate");
    assertThat(speakerName(x, s)).isEqualTo("Rob Tenney");
  }

  @Test
  void aPersonsRepresentativeSpeaksNotThePersonNamedAsPossessor() {
    ArticleExtraction x =
        extract(
            "Singer Maya Lorne cancelled her tour on Friday.\n\n"
                + "\"She needs time to rest,\" Lorne's publicist told reporters.");
    Statement s = statementStarting(x, "She needs time to rest");
    assertThat(speakerName(x, s)).startsWith("anonymous: ").contains("publicist");
  }

  @Test
  void aStatementFromAnOrganizationSpeaksForIt() {
    ArticleExtraction x =
        extract("A statement from the Harbour Authority said the ferry would resume service on Monday.");
    Statement s = statementStarting(x, "the ferry would resume service");
    assertThat(speakerName(x, s)).isEqualTo("Harbour Authority");
  }

  @Test
  void aQuoteOnTheLineAfterAnAttributionEndingInACommaIsItsSpeakers() {
    ArticleExtraction x =
        extract(
            "Lena Ostrova, director of the river trust, commented,\n"
                + "\"This decision ignores everything the scientists told the board.\"");
    Statement s = statementStarting(x, "This decision ignores everything");
    assertThat(speakerName(x, s)).isEqualTo("Lena Ostrova");
  }

  @Test
  void aPronounSpeakerIsThePersonIntroducedSinceThePreviousQuote() {
    ArticleExtraction x =
        extract(
            "“The sentence was far too lenient,” said Harold Vance, a law professor who followed the"
                + " trial.\n\n"
                + "Tomas Ferreira, who had told the jury he was innocent, spoke in court for the first"
                + " time on Monday.\n\n"
                + "“I only ask for a second chance,” he said.");
    assertThat(speakerName(x, statementStarting(x, "The sentence was far too lenient"))).isEqualTo("Harold Vance");
    assertThat(speakerName(x, statementStarting(x, "I only ask for a second chance"))).isEqualTo("Tomas Ferreira");
  }

  @Test
  void aPronounSpeakerIsTheSubjectOfTheSentenceBeforeNotItsObject() {
    ArticleExtraction x =
        extract(
            "Mayor Dennis Albright has refused to reopen the old bridge since the floods.\n\n"
                + "Oliver Blackwood, a retired engineer, wrote to Albright last week asking him to"
                + " reconsider.\n\n"
                + "“The bridge is safe, and the town needs it,” he said.");
    assertThat(speakerName(x, statementStarting(x, "The bridge is safe"))).isEqualTo("Oliver Blackwood");
  }

  @Test
  void sheIsTheWomanNamedBeforeEvenWhenAManWasNamedSinceAndTheArticleNeverCallsHimHe() {
    ArticleExtraction x =
        extract(
            "The painter Margaret Olsen has closed her studio in Bergen.\n\n"
                + "Her gallery, run by Peter Quist, will sell the last canvases in May.\n\n"
                + "“I simply wanted to stop while I still enjoyed it,” she said.");
    assertThat(speakerName(x, statementStarting(x, "I simply wanted to stop"))).isEqualTo("Margaret Olsen");
  }

  @Test
  void aShareOrNumberOfPeopleSpeaksAsAnAnonymousSource() {
    ArticleExtraction x =
        extract(
            "Nearly 60 percent of the voters surveyed said the new parking fee was unfair.\n\n"
                + "Two of the jurors said the trial had been rushed.");
    Statement share = statementStarting(x, "the new parking fee was unfair");
    assertThat(share.direct()).isFalse();
    assertThat(speakerName(x, share)).startsWith("anonymous: Nearly 60 percent of the voters");
    assertThat(speakerName(x, statementStarting(x, "the trial had been rushed")))
        .startsWith("anonymous: Two of the jurors");
  }

  @Test
  void theStatementSpeaksForWhoeverIssuedItEvenThroughAParticipleSetOffByAComma() {
    ArticleExtraction x =
        extract(
            "The ferry operator Nordlink issued a statement on Friday morning.\n\n"
                + "The statement expressed sympathy for the injured passengers, saying, “We are"
                + " working with investigators to find out what went wrong.”");
    assertThat(speakerName(x, statementStarting(x, "We are working with investigators"))).isEqualTo("Nordlink");
  }

  @Test
  void aQuotedQuestionIsItsAttributionsEvenWhenTheSentenceEndsAtTheQuestionMark() {
    ArticleExtraction x =
        extract(
            "Mara Ellison founded the theatre in 1974 with two friends.\n\n"
                + "\"But who would ever have bought a ticket?\" she said years later, according to the"
                + " theatre's website.");
    assertThat(speakerName(x, statementStarting(x, "But who would ever"))).isEqualTo("Mara Ellison");
  }

  @Test
  void aClosingMarkGluedToTheReportingVerbStillEndsTheQuoteBeforeAnInvertedAttribution() {
    ArticleExtraction x =
        extract(
            "A gunman opened fire outside the store on Friday.\n"
                + "\"I heard a bang and then the lights went out, \"testified Rosa Quintero, a cashier at"
                + " the store, as the jury watched the video.");
    assertThat(speakerName(x, statementStarting(x, "I heard a bang"))).isEqualTo("Rosa Quintero");
  }

  @Test
  void quotesTypedWithTwoApostrophesAreAttributed() {
    ArticleExtraction x =
        extract("''Would we have won without him?\" coach Dan Ferreira asked after the game.\n''No.\"");
    assertThat(speakerName(x, statementStarting(x, "Would we have won"))).isEqualTo("Dan Ferreira");
  }

  @Test
  void aVerbOfCommunicationTheLexiconLacksAttributesTheQuoteRightBeforeIt() {
    ArticleExtraction x =
        extract(
            "The council met in emergency session after the fire.\n"
                + "\"A protest is one thing and arson is quite another!\" Mayor Ines Vidal thundered in the"
                + " chamber during a debate on the cuts she announced last week.");
    Statement s = statementStarting(x, "A protest is one thing");
    assertThat(speakerName(x, s)).isEqualTo("Ines Vidal");
    assertThat(s.cue()).isEqualTo("thunder");
  }

  @Test
  void aLineEndingInSomeonesWordsAndAColonIntroducesTheirQuote() {
    ArticleExtraction x =
        extract(
            "City manager Tom Alvarez has said he will not renew the contract.\nHis exact words:\n"
                + "\"We looked at the offer and we are not going to sign it.\"");
    assertThat(speakerName(x, statementStarting(x, "We looked at the offer"))).isEqualTo("Tom Alvarez");
  }

  @Test
  void theStatementSpeaksForWhoeverAnEarlierMentionOfItSaidItCameFrom() {
    ArticleExtraction x =
        extract(
            "The ferry ran aground off the island on Sunday, according to a statement from the Coast Guard.\n"
                + "All 40 passengers were taken ashore by lifeboat, the statement said.");
    assertThat(speakerName(x, statementStarting(x, "All 40 passengers"))).isEqualTo("Coast Guard");
  }

  @Test
  void aParticipleOfSayingOnAReportedClauseIsSaidByTheReportsSpeaker() {
    ArticleExtraction x =
        extract(
            "Fire chief Ana Ortiz has said an inquiry is underway noting that there had been no threats"
                + " against the school.");
    Statement s = statementStarting(x, "there had been no threats");
    assertThat(s.cue()).isEqualTo("note");
    assertThat(speakerName(x, s)).isEqualTo("Ana Ortiz");
  }

  @Test
  void aReportInsideARelativeClauseReportsThePredicateAfterTheVerb() {
    ArticleExtraction x =
        extract(
            "The ministry published the new rules, which Minister Pavel Adamek said were less strict than"
                + " first planned.");
    Statement s = statementStarting(x, "were less strict");
    assertThat(s.direct()).isFalse();
    assertThat(speakerName(x, s)).isEqualTo("Pavel Adamek");
  }

  @Test
  void twoThatClausesJoinedByAndAreOneStatement() {
    // statements-10: one report, as the second and third development golds annotate it
    ArticleExtraction x =
        extract(
            "Nordvik Bank said on Tuesday that thieves had stolen the data of two million customers, and"
                + " that its engineers were working to close the breach.");
    assertThat(x.statements()).extracting(Statement::quote)
        .singleElement()
        .satisfies(q -> assertThat(q)
            .contains("thieves had stolen the data")
            .endsWith("and that its engineers were working to close the breach"));
  }

  @Test
  void aVerbOfCommunicationTheLexiconLacksReportsItsThatClause() {
    ArticleExtraction x =
        extract("Later that night Tomas Brandt confided that he had never wanted to run the family firm.");
    Statement s = statementStarting(x, "he had never wanted");
    assertThat(s.cue()).isEqualTo("confide");
    assertThat(speakerName(x, s)).isEqualTo("Tomas Brandt");
  }

  @Test
  void aQuoteWhoseClosingMarkWasLeftOutEndsBeforeItsAttribution() {
    ArticleExtraction x =
        extract(
            "Jane Holm left the band in May.\n"
                + "\"I am sad that we part after twenty years, she wrote in a letter to fans, but then added:\n"
                + "\"The music will go on.\"");
    Statement s = statementStarting(x, "I am sad that we part");
    assertThat(s.quote()).isEqualTo("I am sad that we part after twenty years,");
    assertThat(speakerName(x, s)).isEqualTo("Jane Holm");
  }

  @Test
  void aQuoteNothingAttributesLeadsIntoTheNamedSpeakerOpeningTheNextParagraph() {
    ArticleExtraction x =
        extract(
            "A fire closed the bakery on Main Street last week.\n"
                + "\"We have baked bread here for forty years and we will bake it again.\"\n"
                + "Owner Lena Petrov says the ovens will be repaired by spring.");
    assertThat(speakerName(x, statementStarting(x, "We have baked bread"))).isEqualTo("Lena Petrov");
  }

  @Test
  void aVerbOfCommunicationTheLexiconLacksGovernsTheQuoteInsideItsClause() {
    ArticleExtraction x =
        extract(
            "In a telephone interview, Dr. Mira Okonjo pointed out that the clinic is \"open to every family in"
                + " the county, whatever they can pay.\"");
    Statement s = statementStarting(x, "open to every family");
    assertThat(s.direct()).isTrue();
    assertThat(speakerName(x, s)).isEqualTo("Mira Okonjo");
  }

  @Test
  void aLaterQuoteNothingAttributesIsTheLastSpeakersWhenNobodyElseIsNamedBetween() {
    ArticleExtraction x =
        extract(
            "\"We will rebuild every house,\" said Mayor Ana Ruiz on Sunday.\n"
                + "The storm destroyed forty homes along the river.\n"
                + "Crews worked through the night to clear the roads.\n"
                + "Power returned to most streets by the evening.\n"
                + "\"Nobody in this town will be left without a roof over their heads this winter.\"");
    assertThat(speakerName(x, statementStarting(x, "Nobody in this town"))).isEqualTo("Ana Ruiz");
  }

  @Test
  void aLaterQuoteNothingAttributesIsNobodysWhenAnotherPersonIsNamedBetween() {
    ArticleExtraction x =
        extract(
            "\"We will rebuild every house,\" said Mayor Ana Ruiz on Sunday.\n"
                + "The storm destroyed forty homes along the river.\n"
                + "Engineer Tom Varga led the crews that worked through the night to clear the roads.\n"
                + "Power returned to most streets by the evening.\n"
                + "\"Nobody in this town will be left without a roof over their heads this winter.\"");
    assertThat(statementStarting(x, "Nobody in this town").speaker()).isEmpty();
  }

  @Test
  void aOneWordQuoteOnItsOwnLineIsWordsNotATerm() {
    ArticleExtraction x =
        extract("\"Did we deserve to win today?\" coach Dan Ferreira asked after the game.\n\"No.\"\nThe team flew home on Sunday.");
    Statement s = statementStarting(x, "No.");
    assertThat(s.direct()).isTrue();
    assertThat(speakerName(x, s)).isEqualTo("Dan Ferreira");
  }

  @Test
  void aRelativePronounThatSpeaksStandsForTheNounItsClauseIsAbout() {
    ArticleExtraction x =
        extract(
            "The outage ended on Friday, according to a tweet from Norlink Telecom, which said that all"
                + " customers were back online.");
    assertThat(speakerName(x, statementStarting(x, "all customers were back online"))).isEqualTo("Norlink Telecom");
  }

  @Test
  void aBiographySpeaksForItselfNotForThePersonItIsAbout() {
    ArticleExtraction x =
        extract(
            "The actress Lena Petrov died on Monday.\n"
                + "According to Petrov's official biography, she trained as a nurse before she turned to acting.");
    Statement s = statementStarting(x, "she trained as a nurse");
    assertThat(speakerName(x, s)).startsWith("document: ").contains("biography");
  }

  @Test
  void anAcronymNothingDefinesThatSpeaksIsAnOrganization() {
    ArticleExtraction x =
        extract("The driver was taken to a hospital in Queens, where he was later pronounced dead, the NYPD said.");
    Statement s = statementStarting(x, "The driver was taken");
    assertThat(speakerName(x, s)).isEqualTo("NYPD");
    assertThat(x.entities()).filteredOn(e -> e.canonicalName().equals("NYPD"))
        .singleElement().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void speakersNamedTogetherAreAllSpeakersOfTheirReportedWords() {
    ArticleExtraction x =
        extract(
            "Harbor Commissioner Lena Marsh and Fire Chief Omar Haddad said on Tuesday that the"
                + " pier would stay closed until the inspection ends.");
    Statement s = statementStarting(x, "the pier would stay closed");
    assertThat(speakerNames(x, s)).containsExactlyInAnyOrder("Lena Marsh", "Omar Haddad");
    String mention = s.speakerMention().orElseThrow().of(x.article().text());
    assertThat(mention).contains("Marsh and").endsWith("Haddad");
  }

  @Test
  void aQuoteOfTwoSpeakersNamedTogetherGoesToBoth() {
    ArticleExtraction x =
        extract(
            "Lena Marsh, the harbor commissioner, met Omar Haddad, the fire chief, at the pier.\n\n"
                + "“The pier is not safe for anyone yet,” Marsh and Haddad told reporters.");
    Statement s = statementStarting(x, "The pier is not safe");
    assertThat(speakerNames(x, s)).containsExactlyInAnyOrder("Lena Marsh", "Omar Haddad");
  }

  @Test
  void wordsCoordinatedInsideTheReportNameNoSecondSpeaker() {
    ArticleExtraction x =
        extract(
            "Lena Marsh said the pier and the marina would reopen once Omar Haddad signs the"
                + " inspection report.");
    Statement s = statementStarting(x, "the pier and the marina");
    assertThat(speakerNames(x, s)).containsExactly("Lena Marsh");
  }

  @Test
  void titlesEachWithTheNameOfItsHolderAreThoseSpeakers() {
    ArticleExtraction x =
        extract(
            "In a joint statement, the health minister, Ruth Kamara, and the transport minister, Daniel"
                + " Okafor, said the bridge would reopen in May.\n\n"
                + "“We owe the town an answer by spring,” the two ministers said.");
    assertThat(speakerNames(x, statementStarting(x, "the bridge would reopen")))
        .containsExactlyInAnyOrder("Ruth Kamara", "Daniel Okafor");
    assertThat(speakerNames(x, statementStarting(x, "We owe the town")))
        .containsExactlyInAnyOrder("Ruth Kamara", "Daniel Okafor");
  }

  @Test
  void aSecondDescriptionOfTheSpeakerAfterAnAppositionIsNoSecondSpeaker() {
    ArticleExtraction x =
        extract(
            "Professor Ana Ruiz, director of the city zoo, and chair of the wildlife board, says"
                + " the two lions are healthy again.");
    Statement s = statementStarting(x, "the two lions are healthy");
    assertThat(speakerNames(x, s)).containsExactly("Ana Ruiz");
  }

  @Test
  void aSecondVerbOfSayingInsideTheClauseStartsASecondReport() {
    ArticleExtraction x =
        extract(
            "Principal Lena Petrov said the school would reopen in May and, in a later interview, said"
                + " she expects more pupils than last year.");
    Statement s = statementStarting(x, "the school would reopen");
    assertThat(s.quote()).isEqualTo("the school would reopen in May");
    assertThat(speakerName(x, s)).isEqualTo("Lena Petrov");
  }

  @Test
  void peopleDescribedByANounTheLexiconLacksAreAnAnonymousSource() {
    ArticleExtraction x =
        extract("After the verdict, the jurors said they had argued about the evidence for three days.");
    Statement s = statementStarting(x, "they had argued");
    assertThat(speakerName(x, s)).startsWith("anonymous: ").contains("jurors");
  }

  @Test
  void aLawsuitIsADocumentThatSpeaks() {
    ArticleExtraction x =
        extract("Three farmers sued the county on Friday. The new fees break state law, the lawsuit says.");
    Statement s = statementStarting(x, "The new fees break state law");
    assertThat(speakerName(x, s)).startsWith("document: ").contains("lawsuit");
  }

  @Test
  void aReportQuotedWholeOverSeveralLinesHoldsReportedSpeech() {
    ArticleExtraction x =
        extract(
            "Our newsroom has not confirmed the reports yet.\n"
                + "\"A fire destroyed two barns near Millbrook on Sunday night, police said.\n"
                + "Witnesses told a local radio station that the flames could be seen for miles. \"(Valley News)\n"
                + "More details will follow.");
    Statement witnesses = x.statements().stream()
        .filter(s -> !s.direct() && s.quote().contains("the flames could be seen for miles"))
        .findFirst().orElseThrow(() -> new AssertionError("no report of the flames in " + x.statements()));
    assertThat(speakerName(x, witnesses)).startsWith("anonymous: ").contains("Witnesses");
    assertThat(statementStarting(x, "A fire destroyed two barns").direct()).isFalse();
  }

  @Test
  void aSpeakersOwnThinkingInsideHerQuoteOverSeveralLinesIsNoReport() {
    ArticleExtraction x =
        extract(
            "The team lost on Sunday.\n"
                + "\"We were not at our best.\n"
                + "I think we learned a lot from the game,\" coach Ana Ruiz said.");
    assertThat(x.statements()).filteredOn(s -> !s.direct()).isEmpty();
  }

  @Test
  void aReportedClauseRunsOnOverASentenceCutAtASpacedTime() {
    ArticleExtraction x =
        extract("A police source said the thieves entered the shop at around 4. 30am and took three gold watches.");
    Statement s = statementStarting(x, "the thieves entered the shop");
    assertThat(s.quote()).endsWith("took three gold watches");
  }

  @Test
  void aNameNerLeavesUntaggedThatReportsIsTheSpeaker() {
    ArticleExtraction x =
        extract("Ticket prices for the new season will rise by a tenth, zqwire reported on Wednesday.");
    assertThat(speakerName(x, statementStarting(x, "Ticket prices for the new season")))
        .isEqualTo("zqwire");
  }

  @Test
  void whatSomeoneThoughtIsNoReport() {
    ArticleExtraction x = extract("A neighbour mistakenly thought the parcel on the porch was a bomb.");
    assertThat(x.statements()).isEmpty();
  }

  @Test
  void aReportNotMadeOrDeclinedIsNoStatement() {
    ArticleExtraction x =
        extract(
            "Officials have not said why the road was closed. "
                + "The mayor declined to say whether the bridge would reopen this year.");
    assertThat(x.statements()).isEmpty();
  }

  @Test
  void aNegationBeforeTheCommaBelongsToTheReportedClause() {
    ArticleExtraction x = extract("Some of the shops reopened on Monday and some did not, police said.");
    assertThat(statementStarting(x, "Some of the shops reopened").direct()).isFalse();
  }

  @Test
  void aDescriptionOfARelativePronounIsNoReport() {
    ArticleExtraction x =
        extract("She was sent to a camp in the hills, which the agency describes as a summer school.");
    assertThat(x.statements()).isEmpty();
  }

  @Test
  void aDescriptionWithNoVerbAndNoQuotedWordsIsANamingNotAReport() {
    ArticleExtraction x = extract("The magazine Orbis described the ruling as historic.");
    assertThat(x.statements()).isEmpty();
  }

  @Test
  void aReportUnderAModalIsNotYetMade() {
    ArticleExtraction x = extract("Mayor Ann Colby will announce that the reservoir is closing for repairs.");
    assertThat(x.statements()).isEmpty();
  }

  @Test
  void aParticipleOfSayingBeforeAColonIsSaidByTheSubjectOfItsClause() {
    ArticleExtraction x =
        extract(
            "Harold Brennick kept the secret for decades.\n"
                + "It was forty years before he finally came forward, confessing in 2015:\n"
                + "\"I was the one who opened the gate that night.\"\n"
                + "He died two years later.");
    assertThat(speakerName(x, statementStarting(x, "I was the one who opened the gate"))).isEqualTo("Harold Brennick");
  }

  @Test
  void aReportQuotedWholeAndCreditedAfterwardsIsTheOutletsWords() {
    ArticleExtraction x =
        extract(
            "There is news from the coast tonight.\n"
                + "\"A ferry ran aground near Port Elian on Sunday, the coast guard said.\n"
                + "All forty passengers were taken ashore. \"(Boston Globe article)\n"
                + "We will update this story.");
    assertThat(speakerName(x, statementStarting(x, "A ferry ran aground"))).isEqualTo("Boston Globe");
  }

  @Test
  void aQuoteLeftOpenBeforeANameAndItsAppositionEndsThereAndIsTheirs() {
    ArticleExtraction x =
        extract(
            "Marco Bellini, who leads the vendor's support team, apologised to customers on Monday.\n"
                + "“It is worth repeating that every version of the app is affected including the beta,"
                + " Priya Raman, senior manager of threat research and analysis for Norvale Labs, says.\n"
                + "\"Users should update at once.”");
    Statement first = statementStarting(x, "It is worth repeating");
    assertThat(first.quote()).endsWith("including the beta,");
    assertThat(speakerName(x, first)).isEqualTo("Priya Raman");
    assertThat(speakerName(x, statementStarting(x, "Users should update"))).isEqualTo("Priya Raman");
  }

  @Test
  void aNumberBeforeANounOfPeopleMakesASource() {
    ArticleExtraction x =
        extract(
            "Several neighbours rushed out to help the driver.\n"
                + "“It happened so fast,” one woman told reporters.");
    assertThat(speakerName(x, statementStarting(x, "It happened so fast"))).isEqualTo("anonymous: one woman");
  }

  @Test
  void aQuoteAfterASentenceAnnouncingAStatementIsThatStatement() {
    ArticleExtraction x =
        extract(
            "The striker was fined for speeding on Monday.\n"
                + "Dario Feltrinelli released a statement through the club on Tuesday.\n"
                + "\"I made a mistake and I apologise to everyone.\"\n"
                + "The club did not comment further.");
    assertThat(speakerName(x, statementStarting(x, "I made a mistake"))).isEqualTo("Dario Feltrinelli");
  }

  @Test
  void aQuoteAfterASentenceIntroducingANewPersonIsTheirsNotThePreviousSpeakers() {
    ArticleExtraction x =
        extract(
            "“The rule was long overdue,” a ministry spokesman said.\n"
                + "Maria Lopez, director of the Coastal Bird Trust, welcomed the ruling.\n"
                + "“This is a good day for the herons and for everyone who has fought for them.”");
    assertThat(speakerName(x, statementStarting(x, "This is a good day"))).isEqualTo("Maria Lopez");
  }

  @Test
  void aQuoteOnTheLineAfterAStatementAnnouncedWithAColonIsThatStatement() {
    ArticleExtraction x =
        extract(
            "Coach Rita Okafor issued the following statement on the suspension:\n"
                + "\"We respect the league's decision and will support our player through this.\"");
    assertThat(speakerName(x, statementStarting(x, "We respect the league"))).isEqualTo("Rita Okafor");
  }

  @Test
  void aPronounRightAfterAnUnnamedSourceIsThatSource() {
    ArticleExtraction x =
        extract(
            "A fire destroyed a bakery in Greyhaven on Friday night.\n"
                + "A fire service spokeswoman said the blaze had spread quickly.\n"
                + "Two roads were closed for some time, but the spokeswoman said they had all reopened by noon.\n"
                + "She added: \"Crews worked through the night to protect the homes nearby.\"");
    assertThat(speakerName(x, statementStarting(x, "Crews worked through the night")))
        .isEqualTo("anonymous: A fire service spokeswoman");
  }

  @Test
  void aPronounOfTheOtherGenderIsNotGivenToAnUnnamedSource() {
    ArticleExtraction x =
        extract(
            "Inspector Mark Delaney led the search on Friday.\n"
                + "A fire service spokeswoman said the blaze had spread quickly.\n"
                + "He added: \"We found the cause of the fire this morning.\"");
    assertThat(speakerName(x, statementStarting(x, "We found the cause"))).isEqualTo("Mark Delaney");
  }

  @Test
  void aNameAfterAnInvertedVerbSpeaksThoughTheParseReadsATitleWordAsAVerb() {
    ArticleExtraction x =
        extract(
            "Norvale shipped a fix for its browser on Wednesday.\n"
                + "\"Customers should install the update at once,\" said Norvale security response communications"
                + " head Daniel Okafor.");
    assertThat(speakerName(x, statementStarting(x, "Customers should install"))).isEqualTo("Daniel Okafor");
  }

  @Test
  void theNYearOldIsThePersonJustNamed() {
    ArticleExtraction x =
        extract(
            "Golfer Anneke Visser won the title in Paarl on Sunday.\n"
                + "\"I still get chills thinking about that day,\" said the 34-year-old after the final.\n"
                + "\"It was a long week,\" the 34-year-old said.");
    assertThat(speakerName(x, statementStarting(x, "I still get chills"))).isEqualTo("Anneke Visser");
    assertThat(speakerName(x, statementStarting(x, "It was a long week"))).isEqualTo("Anneke Visser");
  }

  @Test
  void theAgentOfAPassiveVerbOfSayingSpeaks() {
    ArticleExtraction x =
        extract(
            "The council met on Tuesday.\n"
                + "The plan, described by Mayor Ellen Tarrow as \u201ca bridge to nowhere that we cannot afford,\u201d"
                + " was dropped after the vote.");
    assertThat(speakerName(x, statementStarting(x, "a bridge to nowhere"))).isEqualTo("Ellen Tarrow");
  }

  @Test
  void aVerbOfNamingTakesAPossessedQuotedPhraseAsTheNamersWords() {
    ArticleExtraction x =
        extract(
            "The retired nurse Ada Quist died on Sunday.\n"
                + "Colleagues described her \u201ctireless devotion.\u201d\n"
                + "She worked at the clinic for forty years.");
    assertThat(speakerName(x, statementStarting(x, "tireless devotion"))).startsWith("anonymous: Colleagues");
  }

  @Test
  void aShortQuoteDeepInsideAReportedClauseIsTheReportersWords() {
    ArticleExtraction x =
        extract(
            "Harlow Chemicals said it shut the plant on Monday after learning about"
                + " \u201csmall, isolated leaks\u201d at the site.");
    assertThat(speakerName(x, statementStarting(x, "small, isolated leaks"))).isEqualTo("Harlow Chemicals");
  }

  @Test
  void aSentenceThatIsOnlyAnAttributionOnTheNextLineAttributesTheQuoteBeforeIt() {
    ArticleExtraction x =
        extract(
            "\u201cThey are throwing bottles and nobody is stopping them,\u201d said a shop owner on the corner.\n"
                + "As the crowd moved on, Councilman Dario Feld walked to the front of the march.\n"
                + "\u201cThe mayor should be down here tonight, talking to these families.\u201d\n"
                + "Feld, a longtime critic of the department, said before the chief arrived.");
    assertThat(speakerName(x, statementStarting(x, "The mayor should be down here"))).isEqualTo("Dario Feld");
  }

  @Test
  void anOrganizationNamedBesideTheNounOfItsDescriptionSpeaks() {
    ArticleExtraction x =
        extract(
            "The city's water plant could not keep up with demand during the heat wave, the Reuters news agency said.\n"
                + "It is \u201crunning at full capacity and still falling short,\u201d the agency reported.");
    assertThat(speakerName(x, statementStarting(x, "The city's water plant"))).isEqualTo("Reuters");
    assertThat(speakerName(x, statementStarting(x, "running at full capacity"))).isEqualTo("Reuters");
  }

  @Test
  void aDefiniteOrganizationNounRightAfterANamedOrganizationSpokeIsThatOrganization() {
    ArticleExtraction x =
        extract(
            "The city's water plant could not keep up with demand during the heat wave, Freedonia's official news"
                + " agency NORPRESS reported.\n"
                + "It is \u201crunning at full capacity and still falling short,\u201d the agency said.");
    assertThat(speakerName(x, statementStarting(x, "running at full capacity"))).isEqualTo("NORPRESS");
  }
}
