package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/** Reported speech and quotes on hand-made parses that CoreNLP gives now and then. */
class ReportedSpeechParsesTest {

  /** The one hand-parsed sentence, with a person named by tokens {@code first} to {@code end}. */
  private static List<Statement> statements(String[][] rows, int first, int end) {
    Analysis parsed = HandParses.sentence(rows);
    List<Token> t = parsed.tokens();
    String name = parsed.text().substring(t.get(first).begin(), t.get(end - 1).end());
    Analysis a = new Analysis(parsed.text(), parsed.documentDate(), t, parsed.sentences(),
        List.of(new NamedEntity(first, end, t.get(first).begin(), t.get(end - 1).end(), name, "PERSON", "")),
        List.of());
    Article article = new Article("hand", a.text(), ArticleMetadata.NONE, "test");
    return new ArticleExtractor().extract(article, a).statements();
  }

  @Test
  void anInvertedAttributionParsedAsVerbAndObjectStillNamesItsSpeaker() {
    // "The old leader died in Dover, said spokesman Tom Varga.", with "said" hung on "died" and
    // the speaker parsed as its object
    List<Statement> said = statements(new String[][] {
        {"The", "the", "DT", "2", "det"},
        {"old", "old", "JJ", "2", "amod"},
        {"leader", "leader", "NN", "3", "nsubj"},
        {"died", "die", "VBD", "-1", "root"},
        {"in", "in", "IN", "5", "case"},
        {"Dover", "Dover", "NNP", "3", "obl", "CITY"},
        {",", ",", ",", "7", "punct"},
        {"said", "say", "VBD", "3", "dep"},
        {"spokesman", "spokesman", "NN", "10", "compound", "TITLE"},
        {"Tom", "Tom", "NNP", "10", "compound", "PERSON"},
        {"Varga", "Varga", "NNP", "7", "obj", "PERSON"},
        {".", ".", ".", "3", "punct"}}, 9, 11);
    assertThat(said).singleElement().satisfies(s -> {
      assertThat(s.quote()).isEqualTo("The old leader died in Dover");
      assertThat(s.speaker()).containsInstanceOf(SpeakerRef.Named.class);
    });
  }

  @Test
  void aClauseWhoseAttributionIsParsedAsItsClausalSubjectRunsToItsLastPredicate() {
    // "Ana Ruiz said that the boat stopped by guards was a fishing trawler.", with "said" parsed
    // as the clausal subject of "trawler"
    List<Statement> said = statements(new String[][] {
        {"Ana", "Ana", "NNP", "1", "compound", "PERSON"},
        {"Ruiz", "Ruiz", "NNP", "2", "nsubj", "PERSON"},
        {"said", "say", "VBD", "12", "csubj"},
        {"that", "that", "IN", "6", "mark"},
        {"the", "the", "DT", "5", "det"},
        {"boat", "boat", "NN", "6", "nsubj"},
        {"stopped", "stop", "VBN", "2", "ccomp"},
        {"by", "by", "IN", "8", "case"},
        {"guards", "guard", "NNS", "6", "obl"},
        {"was", "be", "VBD", "12", "cop"},
        {"a", "a", "DT", "12", "det"},
        {"fishing", "fishing", "NN", "12", "compound"},
        {"trawler", "trawler", "NN", "-1", "root"},
        {".", ".", ".", "12", "punct"}}, 0, 2);
    assertThat(said).singleElement().satisfies(s ->
        assertThat(s.quote()).isEqualTo("the boat stopped by guards was a fishing trawler"));
  }

  @Test
  void theQuotesOwnSubjectParsedAsASecondSubjectOfTheReportingVerbIsNotTheSpeaker() {
    // '"Nothing is lost," Roe told lawmakers.', with "Nothing" parsed as a subject of "told"
    List<Statement> said = statements(new String[][] {
        {"\"", "\"", "``", "7", "punct"},
        {"Nothing", "nothing", "NN", "7", "nsubj"},
        {"is", "be", "VBZ", "3", "cop"},
        {"lost", "lost", "JJ", "7", "ccomp"},
        {",", ",", ",", "7", "punct"},
        {"\"", "\"", "''", "7", "punct"},
        {"Roe", "Roe", "NNP", "7", "nsubj", "PERSON"},
        {"told", "tell", "VBD", "-1", "root"},
        {"lawmakers", "lawmaker", "NNS", "7", "obj"},
        {".", ".", ".", "7", "punct"}}, 6, 7);
    assertThat(said).filteredOn(Statement::direct).singleElement().satisfies(s -> {
      assertThat(s.quote()).contains("Nothing is lost");
      assertThat(s.speaker()).containsInstanceOf(SpeakerRef.Named.class);
    });
  }

  @Test
  void ofTwoSubjectsOfAReportingVerbTheOneNearestBeforeItSpeaks() {
    // "Some hit and some did not, Roe said.", with "some" and "Roe" both parsed as subjects of "said"
    List<Statement> said = statements(new String[][] {
        {"Some", "some", "DT", "1", "nsubj"},
        {"hit", "hit", "VBD", "-1", "root"},
        {"and", "and", "CC", "8", "cc"},
        {"some", "some", "DT", "8", "nsubj"},
        {"did", "do", "VBD", "8", "aux"},
        {"not", "not", "RB", "8", "advmod"},
        {",", ",", ",", "8", "punct"},
        {"Roe", "Roe", "NNP", "8", "nsubj", "PERSON"},
        {"said", "say", "VBD", "1", "conj"},
        {".", ".", ".", "1", "punct"}}, 7, 8);
    assertThat(said).singleElement().satisfies(s -> {
      assertThat(s.direct()).isFalse();
      assertThat(s.speaker()).containsInstanceOf(SpeakerRef.Named.class);
    });
  }

  @Test
  void anAttributionClosingTheSentenceVouchesForAllBeforeItsCommaHoweverItIsParsed() {
    // "Tom Varga, who ran the mill, died on Monday, officials said.", with "Varga" and "officials"
    // both parsed as subjects of "said" and "died" hung on the relative clause
    List<Statement> said = statements(new String[][] {
        {"Tom", "Tom", "NNP", "1", "compound", "PERSON"},
        {"Varga", "Varga", "NNP", "13", "nsubj", "PERSON"},
        {",", ",", ",", "1", "punct"},
        {"who", "who", "WP", "4", "nsubj"},
        {"ran", "run", "VBD", "1", "acl:relcl"},
        {"the", "the", "DT", "6", "det"},
        {"mill", "mill", "NN", "4", "obj"},
        {",", ",", ",", "4", "punct"},
        {"died", "die", "VBD", "4", "conj"},
        {"on", "on", "IN", "10", "case"},
        {"Monday", "Monday", "NNP", "8", "obl", "DATE"},
        {",", ",", ",", "1", "punct"},
        {"officials", "official", "NNS", "13", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {".", ".", ".", "13", "punct"}}, 0, 2);
    assertThat(said).singleElement().satisfies(s -> {
      assertThat(s.quote()).isEqualTo("Tom Varga , who ran the mill , died on Monday");
      assertThat(s.speaker()).containsInstanceOf(SpeakerRef.Anonymous.class);
    });
  }

  @Test
  void aSecondHalfOfTheClauseParsedAsAConjunctOfTheReportingVerbIsPartOfTheReport() {
    // "Police said Varga robbed the bank and also may have hidden the money.", with "hidden"
    // parsed as a conjunct of "said"
    List<Statement> said = statements(new String[][] {
        {"Police", "police", "NNS", "1", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"Varga", "Varga", "NNP", "3", "nsubj", "PERSON"},
        {"robbed", "rob", "VBD", "1", "ccomp"},
        {"the", "the", "DT", "5", "det"},
        {"bank", "bank", "NN", "3", "obj"},
        {"and", "and", "CC", "10", "cc"},
        {"also", "also", "RB", "10", "advmod"},
        {"may", "may", "MD", "10", "aux"},
        {"have", "have", "VB", "10", "aux"},
        {"hidden", "hide", "VBN", "1", "conj"},
        {"the", "the", "DT", "12", "det"},
        {"money", "money", "NN", "10", "obj"},
        {".", ".", ".", "1", "punct"}}, 2, 3);
    assertThat(said).singleElement().satisfies(s ->
        assertThat(s.quote()).isEqualTo("Varga robbed the bank and also may have hidden the money"));
  }

  @Test
  void anExistentialSecondHalfParsedAsANounConjunctOfTheReportingVerbIsPartOfTheReport() {
    // "Varga said the dam held, and there have been no floods since.", with "floods" (the head
    // of the existential clause) parsed as a conjunct of "said"
    List<Statement> said = statements(new String[][] {
        {"Varga", "Varga", "NNP", "1", "nsubj", "PERSON"},
        {"said", "say", "VBD", "-1", "root"},
        {"the", "the", "DT", "3", "det"},
        {"dam", "dam", "NN", "4", "nsubj"},
        {"held", "hold", "VBD", "1", "ccomp"},
        {",", ",", ",", "1", "punct"},
        {"and", "and", "CC", "11", "cc"},
        {"there", "there", "EX", "11", "expl"},
        {"have", "have", "VBP", "11", "aux"},
        {"been", "be", "VBN", "11", "cop"},
        {"no", "no", "DT", "11", "det"},
        {"floods", "flood", "NNS", "1", "conj"},
        {"since", "since", "RB", "11", "advmod"},
        {".", ".", ".", "1", "punct"}}, 0, 1);
    assertThat(said).singleElement().satisfies(s ->
        assertThat(s.quote()).isEqualTo("the dam held , and there have been no floods since"));
  }

  @Test
  void aSubjectlessSecondHalfWithACopulaParsedAsAConjunctOfTheReportingVerbIsPartOfTheReport() {
    // "Varga said the storm lasted an hour and was strong enough to close roads.", with "strong"
    // parsed as a conjunct of "said"
    List<Statement> said = statements(new String[][] {
        {"Varga", "Varga", "NNP", "1", "nsubj", "PERSON"},
        {"said", "say", "VBD", "-1", "root"},
        {"the", "the", "DT", "3", "det"},
        {"storm", "storm", "NN", "4", "nsubj"},
        {"lasted", "last", "VBD", "1", "ccomp"},
        {"an", "a", "DT", "6", "det"},
        {"hour", "hour", "NN", "4", "obj"},
        {"and", "and", "CC", "9", "cc"},
        {"was", "be", "VBD", "9", "cop"},
        {"strong", "strong", "JJ", "1", "conj"},
        {"enough", "enough", "RB", "12", "advmod"},
        {"to", "to", "TO", "12", "mark"},
        {"close", "close", "VB", "9", "dep"},
        {"roads", "road", "NNS", "12", "obj"},
        {".", ".", ".", "1", "punct"}}, 0, 1);
    assertThat(said).singleElement().satisfies(s ->
        assertThat(s.quote()).isEqualTo("the storm lasted an hour and was strong enough to close roads"));
  }

  @Test
  void aNounOfPeopleWithAPossessiveSpeaksAsAnUnnamedSource() {
    // "Varga's nephew said the road was closed.": "nephew" is in no list of speaker nouns; WordNet
    // knows it as a person, and the possessive makes it someone in particular
    List<Statement> said = statements(new String[][] {
        {"Varga", "Varga", "NNP", "2", "nmod:poss", "PERSON"},
        {"'s", "'s", "POS", "0", "case"},
        {"nephew", "nephew", "NN", "3", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"the", "the", "DT", "5", "det"},
        {"road", "road", "NN", "7", "nsubj:pass"},
        {"was", "be", "VBD", "7", "aux:pass"},
        {"closed", "close", "VBN", "3", "ccomp"},
        {".", ".", ".", "3", "punct"}}, 0, 1);
    assertThat(said).singleElement().satisfies(s -> {
      assertThat(s.quote()).isEqualTo("the road was closed");
      assertThat(s.speaker()).containsInstanceOf(SpeakerRef.Anonymous.class);
    });
  }

  @Test
  void aCapitalisedNounOfPeopleThatNamesNobodySpeaksAsAnUnnamedSource() {
    // "A senior Republican said Varga would resign.": the tagger makes "Republican" a proper noun,
    // NER finds no name in it, WordNet knows it as a person
    List<Statement> said = statements(new String[][] {
        {"A", "a", "DT", "2", "det"},
        {"senior", "senior", "JJ", "2", "amod"},
        {"Republican", "Republican", "NNP", "3", "nsubj"},
        {"said", "say", "VBD", "-1", "root"},
        {"Varga", "Varga", "NNP", "6", "nsubj", "PERSON"},
        {"would", "would", "MD", "6", "aux"},
        {"resign", "resign", "VB", "3", "ccomp"},
        {".", ".", ".", "3", "punct"}}, 4, 5);
    assertThat(said).singleElement().satisfies(s -> {
      assertThat(s.quote()).isEqualTo("Varga would resign");
      assertThat(s.speaker()).containsInstanceOf(SpeakerRef.Anonymous.class);
    });
  }

  @Test
  void twoThatClausesCoordinatedUnderOneVerbAreOneReport() {
    // "Varga said that taxes rise , and that prices fall ."
    List<Statement> said = statements(new String[][] {
        {"Varga", "Varga", "NNP", "1", "nsubj", "PERSON"},
        {"said", "say", "VBD", "-1", "root"},
        {"that", "that", "IN", "4", "mark"},
        {"taxes", "tax", "NNS", "4", "nsubj"},
        {"rise", "rise", "VBP", "1", "ccomp"},
        {",", ",", ",", "4", "punct"},
        {"and", "and", "CC", "9", "cc"},
        {"that", "that", "IN", "9", "mark"},
        {"prices", "price", "NNS", "9", "nsubj"},
        {"fall", "fall", "VBP", "4", "conj"},
        {".", ".", ".", "1", "punct"}}, 0, 1);
    assertThat(said).singleElement().satisfies(s ->
        assertThat(s.quote()).isEqualTo("taxes rise , and that prices fall"));
  }

  @Test
  void aConjunctOfTheReportingVerbWhoseSubjectIsAPronounIsTheSpeakerGoingOn() {
    // "Varga said the bank was closed, and he went home.", with "went" a conjunct of "said"
    List<Statement> said = statements(new String[][] {
        {"Varga", "Varga", "NNP", "1", "nsubj", "PERSON"},
        {"said", "say", "VBD", "-1", "root"},
        {"the", "the", "DT", "3", "det"},
        {"bank", "bank", "NN", "5", "nsubj"},
        {"was", "be", "VBD", "5", "cop"},
        {"closed", "closed", "JJ", "1", "ccomp"},
        {",", ",", ",", "9", "punct"},
        {"and", "and", "CC", "9", "cc"},
        {"he", "he", "PRP", "9", "nsubj"},
        {"went", "go", "VBD", "1", "conj"},
        {"home", "home", "RB", "9", "advmod"},
        {".", ".", ".", "1", "punct"}}, 0, 1);
    assertThat(said).singleElement().satisfies(s -> assertThat(s.quote()).isEqualTo("the bank was closed"));
  }

  @Test
  void aSpeakerSetOffFromTheVerbByAnAsideBetweenDashesStillSpeaks() {
    // "Mara Lind - head of sales - told reporters that the ferries would run again.", with "told"
    // given no subject
    List<Statement> said = statements(new String[][] {
        {"Mara", "Mara", "NNP", "1", "compound", "PERSON"},
        {"Lind", "Lind", "NNP", "-1", "root", "PERSON"},
        {"-", "-", "HYPH", "3", "punct"},
        {"head", "head", "NN", "1", "appos"},
        {"of", "of", "IN", "5", "case"},
        {"sales", "sale", "NNS", "3", "nmod"},
        {"-", "-", "HYPH", "3", "punct"},
        {"told", "tell", "VBD", "1", "parataxis"},
        {"reporters", "reporter", "NNS", "7", "obj"},
        {"that", "that", "IN", "13", "mark"},
        {"the", "the", "DT", "11", "det"},
        {"ferries", "ferry", "NNS", "13", "nsubj"},
        {"would", "would", "MD", "13", "aux"},
        {"run", "run", "VB", "7", "ccomp"},
        {"again", "again", "RB", "13", "advmod"},
        {".", ".", ".", "1", "punct"}}, 0, 2);
    assertThat(said).singleElement().satisfies(s -> {
      assertThat(s.quote()).isEqualTo("the ferries would run again");
      assertThat(s.speaker()).containsInstanceOf(SpeakerRef.Named.class);
    });
  }

  @Test
  void anAdmissionOfDoingSomethingParsedAsAClauseIsNoReport() {
    // "Jan Kowal admitted to being a part of the group.", with "to being a part" parsed as a clause
    List<Statement> said = statements(new String[][] {
        {"Jan", "Jan", "NNP", "1", "compound", "PERSON"},
        {"Kowal", "Kowal", "NNP", "2", "nsubj", "PERSON"},
        {"admitted", "admit", "VBD", "-1", "root"},
        {"to", "to", "IN", "6", "mark"},
        {"being", "be", "VBG", "6", "cop"},
        {"a", "a", "DT", "6", "det"},
        {"part", "part", "NN", "2", "ccomp"},
        {"of", "of", "IN", "9", "case"},
        {"the", "the", "DT", "9", "det"},
        {"group", "group", "NN", "6", "nmod"},
        {".", ".", ".", "2", "punct"}}, 0, 2);
    assertThat(said).isEmpty();
  }
}
