package org.newskg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.newskg.testsupport.SeedStore;

/** Who said what in the seed graph: each construction of the statement contract, and merging. */
class StatementGraphIT {
  static final String PREFIXES =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX gaf: <http://groundedannotationframework.org/gaf#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX nkg: <https://w3id.org/newskg/ns#>
      """;

  /** Speaker label (name or description), cue, direct and date of statements starting so. */
  private static List<String> said(String articleId, String quoteStart) {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + """
                SELECT ?who ?cue ?direct ?date ?mention WHERE {
                  GRAPH ?g {
                    ?a schema:identifier "%s" .
                    ?s a nkg:Statement ; nkg:quote ?q ; nkg:direct ?direct ; nkg:speaker ?sp .
                    FILTER(STRSTARTS(?q, "%s"))
                    OPTIONAL { ?sp schema:name ?name } OPTIONAL { ?sp schema:description ?desc }
                    OPTIONAL { ?s nkg:cue ?cue } OPTIONAL { ?s nkg:timeValue ?date }
                    OPTIONAL { ?s nkg:speakerMention/nif:anchorOf ?mention }
                  }
                  BIND(COALESCE(?name, ?desc) AS ?who)
                }"""
                    .formatted(articleId, quoteStart));
    List<String> out = new ArrayList<>();
    while (rs.hasNext()) {
      QuerySolution r = rs.next();
      out.add(
          String.join(
              " | ",
              r.getLiteral("who").getString(),
              r.contains("cue") ? r.getLiteral("cue").getString() : "",
              r.getLiteral("direct").getLexicalForm(),
              r.contains("date") ? r.getLiteral("date").getString() : "",
              r.contains("mention") ? r.getLiteral("mention").getString() : ""));
    }
    return out;
  }

  @Test
  void aQuoteThatContinuesAfterTheAttributionKeepsTheSpeaker() {
    assertThat(said("001_ad308263339f24af", "It’s not just words"))
        .singleElement()
        .asString()
        .startsWith("Jen Psaki | say | true");
  }

  @Test
  void aPronounSpeakerIsThePersonItRefersTo() {
    assertThat(said("003_f8e02747d2952e30", "There has been some confusion"))
        .containsExactly("Dmitry Peskov | tell | true |  | he");
  }

  @Test
  void anUnnamedOfficialIsAnAnonymousSourceNeverANamedPerson() {
    assertThat(said("003_f8e02747d2952e30", "We can confirm we received"))
        .singleElement()
        .asString()
        .startsWith("a U.S. official who spoke on the condition of anonymity");
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + "SELECT ?x WHERE { ?x a nkg:AnonymousSource . { ?x schema:name ?n } UNION"
                + " { ?p a schema:Person ; schema:name ?n . FILTER(?p = ?x) } }");
    assertThat(rs.size()).isZero();
  }

  @Test
  void aGovernmentCanBeTheSpeakerOfAPartialQuote() {
    assertThat(said("000_8276c06547ea8cb0", "PR stunt"))
        .singleElement()
        .asString()
        .startsWith("Russia | dismiss | true");
  }

  @Test
  void theStatementContinuedSpeaksForTheSpokesperson() {
    assertThat(said("002_bf7c9e39a424e70b", "It would be unproductive"))
        .singleElement()
        .asString()
        .startsWith("a State Department spokesperson | continue | true");
  }

  @Test
  void reportedSpeechKeepsTheCueAndIsNotDirect() {
    assertThat(said("003_f8e02747d2952e30", "Russia has responded in writing"))
        .singleElement()
        .asString()
        .startsWith("Dmitry Peskov | deny | false");
  }

  @Test
  void theDayOrWeekOfAStatementIsNormalised() {
    assertThat(said("001_ad308263339f24af", "We can confirm that"))
        .singleElement()
        .asString()
        .contains("| 2022-01-31 |");
    assertThat(said("004_f21e273e5e128133", "We won’t allow our proposals"))
        .singleElement()
        .asString()
        .startsWith("Sergey Lavrov | say | true | 2022-W04");
  }

  @Test
  void captionsGiveNoStatementsAndTermsAreScareQuotes() {
    assertThat(said("000_8276c06547ea8cb0", "severe consequences")).isEmpty();
    ResultSetRewindable scare =
        SeedStore.select(PREFIXES + "SELECT ?q WHERE { ?x a nkg:ScareQuote ; nkg:quote ?q }");
    List<String> quotes = new ArrayList<>();
    scare.forEachRemaining(r -> quotes.add(r.getLiteral("q").getString()));
    assertThat(quotes).anyMatch(q -> q.startsWith("open door policy"));
    assertThat(said("003_f8e02747d2952e30", "open door policy")).isEmpty();
  }

  @Test
  void theSameQuoteFromFiveArticlesIsOneMergedStatementWithFourPublishers() {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + """
                SELECT ?m ?publishers ?articles (COUNT(?s) AS ?sources) ?discrepancy WHERE {
                  ?m a nkg:MergedStatement ; nkg:quote ?q ; nkg:publisherCount ?publishers ;
                     nkg:articleCount ?articles ; nkg:mergedFrom ?s ;
                     nkg:attributionDiscrepancy ?discrepancy .
                  FILTER(CONTAINS(?q, "unproductive to negotiate in public"))
                } GROUP BY ?m ?publishers ?articles ?discrepancy""");
    assertThat(rs.size()).isEqualTo(1);
    QuerySolution r = rs.next();
    assertThat(r.getLiteral("publishers").getInt()).isEqualTo(4);
    assertThat(r.getLiteral("articles").getInt()).isEqualTo(5);
    assertThat(r.getLiteral("sources").getInt()).isEqualTo(5);
    // A U.S. official, the official, a State Department spokesperson: compatible, no discrepancy.
    assertThat(r.getLiteral("discrepancy").getBoolean()).isFalse();
  }

  @Test
  void outletsNamingDifferentPeopleForTheSameWordsAreADiscrepancy() {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + """
                SELECT DISTINCT ?name WHERE {
                  ?m a nkg:MergedStatement ; nkg:attributionDiscrepancy true ;
                     nkg:discrepancy ?d .
                  ?d a nkg:AttributionDiscrepancy ; nkg:evidence ?s .
                  ?s nkg:speaker/schema:name ?name .
                }""");
    List<String> names = new ArrayList<>();
    rs.forEachRemaining(r -> names.add(r.getLiteral("name").getString()));
    assertThat(names).containsExactlyInAnyOrder("Sergei Lavrov", "Dmitry Peskov");
  }

  @Test
  void mergedFactsLiveInTheirOwnGraphWithTheirOwnActivity() {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + """
                SELECT ?g ?version (COUNT(DISTINCT ?used) AS ?inputs) WHERE {
                  GRAPH ?g { ?g prov:wasGeneratedBy ?run . ?run prov:wasAssociatedWith ?sw ;
                    prov:used ?used . ?sw schema:softwareVersion ?version .
                    ?m a nkg:MergedStatement } }
                GROUP BY ?g ?version""");
    assertThat(rs.size()).isEqualTo(1);
    QuerySolution r = rs.next();
    assertThat(r.getResource("g").getURI()).endsWith("/graph/merged/statements");
    assertThat(r.getLiteral("inputs").getInt()).isEqualTo(5);
  }

  @Test
  void namedStatementQueriesAnswerOnTheSeeds() throws Exception {
    assertThat(runQuery("who-said-what.rq", "VALUES ?speakerText { \"Jen Psaki\" }", "quote"))
        .anyMatch(q -> q.startsWith("Now again, Russia has the power"));
    assertThat(
            runQuery(
                "statement-sources.rq",
                "VALUES ?statementKey { \"unproductive to negotiate in public\" }",
                "articleId"))
        .containsExactlyInAnyOrder(
            "000_8276c06547ea8cb0",
            "001_ad308263339f24af",
            "002_bf7c9e39a424e70b",
            "003_f8e02747d2952e30",
            "004_f21e273e5e128133");
    assertThat(runQuery("statements-by-publishers.rq", "VALUES ?minPublishers { 4 }", "quote"))
        .singleElement()
        .asString()
        .contains("unproductive to negotiate in public");
    assertThat(
            runQuery("attribution-discrepancies.rq", "VALUES ?quoteText { UNDEF }", "speakerLabel"))
        .contains("Sergei Lavrov", "Dmitry Peskov");
  }

  /** Runs a named query with its VALUES line replaced; returns one column. */
  static List<String> runQuery(String file, String values, String column) throws Exception {
    String text = Files.readString(Path.of("queries", file));
    java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^\\s*VALUES \\?\\w+ \\{[^}]*\\}").matcher(text);
    assertThat(line.find()).as("%s has a VALUES line", file).isTrue();
    String replaced = text.substring(0, line.start()) + values + text.substring(line.end());
    ResultSetRewindable rs = SeedStore.select(replaced);
    List<String> out = new ArrayList<>();
    rs.forEachRemaining(
        r -> out.add(r.get(column).isLiteral() ? r.getLiteral(column).getLexicalForm() : r.get(column).toString()));
    return out;
  }
}
