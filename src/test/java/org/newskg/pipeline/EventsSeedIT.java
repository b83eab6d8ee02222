package org.newskg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.newskg.testsupport.SeedStore;

/** Events of the five seed articles, merged across them, and the event queries on them. */
class EventsSeedIT {
  private static final String PREFIXES =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX gaf: <http://groundedannotationframework.org/gaf#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX nkg: <https://w3id.org/newskg/ns#>
      PREFIX id: <https://w3id.org/newskg/id/entity/>
      """;
  private static final Pattern VALUES_LINE = Pattern.compile("(?m)^WHERE \\{\\n(  VALUES [^\\n]*)$");

  private static List<QuerySolution> rows(String sparql) {
    ResultSetRewindable rs = SeedStore.select(PREFIXES + sparql);
    List<QuerySolution> out = new ArrayList<>();
    rs.forEachRemaining(out::add);
    return out;
  }

  private static List<QuerySolution> named(String file, String values) throws IOException {
    String text = Files.readString(Path.of("queries", file), StandardCharsets.UTF_8);
    Matcher m = VALUES_LINE.matcher(text);
    assertThat(m.find()).isTrue();
    String query = text.substring(0, m.start(1)) + "  " + values + text.substring(m.end(1));
    ResultSetRewindable rs = SeedStore.select(query);
    List<QuerySolution> out = new ArrayList<>();
    rs.forEachRemaining(out::add);
    return out;
  }

  private static String lex(QuerySolution row, String var) {
    return row.get(var) == null ? null
        : row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.get(var).toString();
  }

  @Test
  void thePhoneCallIsPlannedForTuesdayBetweenBlinkenAndLavrov() {
    List<QuerySolution> calls =
        rows(
            "SELECT ?e ?date WHERE { ?e a nkg:Event , nkg:PhoneCall ; nkg:factuality nkg:Planned ;"
                + " nkg:participant id:antony-blinken ; schema:startDate ?date }");
    assertThat(calls).hasSizeGreaterThanOrEqualTo(3);
    assertThat(calls).allMatch(r -> lex(r, "date").equals("2022-02-01"));
  }

  @Test
  void noInvasionIsEverAsserted() {
    assertThat(rows("SELECT ?e WHERE { ?e a nkg:Invasion ; nkg:factuality nkg:Asserted }"))
        .isEmpty();
    assertThat(rows("SELECT ?e WHERE { ?e a nkg:Invasion ; nkg:factuality nkg:Hypothetical }"))
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void peskovsDenialThatRussiaRespondedIsADeniedResponse() {
    assertThat(
            rows(
                "SELECT ?e WHERE { ?e a nkg:Communication ; nkg:triggerLemma \"respond\" ;"
                    + " nkg:factuality nkg:Denied ; nkg:agent id:russia }"))
        .hasSize(1);
  }

  @Test
  void bidenMetTheEmirOnMonday() {
    assertThat(
            rows(
                "SELECT ?e WHERE { ?e a nkg:Meeting ; nkg:factuality nkg:Asserted ;"
                    + " nkg:agent id:joe-biden ; nkg:recipient ?emir ;"
                    + " schema:startDate \"2022-01-31\"^^xsd:date ; gaf:denotedBy ?m ."
                    + " ?emir schema:name ?name FILTER CONTAINS(?name, \"Tamim\") }"))
        .hasSize(1);
  }

  @Test
  void russiasResponseIsOneMergedEventOfFourPublishersAndTheUsResponseAnother()
      throws IOException {
    List<QuerySolution> rows = named("events-by-publishers.rq", "VALUES ?minPublishers { 4 }");
    List<QuerySolution> responses =
        rows.stream().filter(r -> lex(r, "words").toLowerCase().contains("response")).toList();
    assertThat(responses).hasSize(1);
    QuerySolution response = responses.get(0);
    assertThat(lex(response, "publisherCount")).isEqualTo("4");
    assertThat(lex(response, "articleCount")).isEqualTo("5");
    assertThat(lex(response, "factuality")).endsWith("#Asserted");
    String merged = lex(response, "merged");
    assertThat(
            rows(
                "SELECT ?e WHERE { <" + merged + "> nkg:mergedFrom ?e . ?e nkg:agent id:us }"))
        .as("the U.S.'s own response of last week is another event")
        .isEmpty();
    assertThat(named("events-by-publishers.rq", "VALUES ?minPublishers { 5 }")).isEmpty();
  }

  @Test
  void blinkensTimelineListsThePlannedCallWithItsSources() throws IOException {
    List<QuerySolution> rows =
        named("event-timeline.rq", "VALUES ?entityKey { \"Antony Blinken\" }");
    List<QuerySolution> calls =
        rows.stream().filter(r -> lex(r, "types").contains("PhoneCall")).toList();
    assertThat(calls).hasSizeGreaterThanOrEqualTo(4);
    // "one day before … is set to have a phone call" gives no date of its own
    List<QuerySolution> dated = calls.stream().filter(r -> r.get("date") != null).toList();
    assertThat(dated).hasSizeGreaterThanOrEqualTo(3);
    assertThat(dated).allMatch(r -> "2022-02-01".equals(lex(r, "date")));
    assertThat(calls.stream().map(r -> lex(r, "merged")).distinct()).hasSize(1);
    assertThat(calls.stream().map(r -> lex(r, "publisher")))
        .contains("Axios", "Washington Post", "Hill");
  }

  @Test
  void eventsByFactualityKeepFearsApartFromFacts() throws IOException {
    List<QuerySolution> feared = named("events-by-factuality.rq", "VALUES ?factuality { nkg:Hypothetical }");
    assertThat(feared).anyMatch(r -> lex(r, "types").contains("Invasion"));
    assertThat(feared).allMatch(r -> lex(r, "factuality").endsWith("#Hypothetical"));
    List<QuerySolution> denied = named("events-by-factuality.rq", "VALUES ?factuality { nkg:Denied }");
    assertThat(denied)
        .anyMatch(r -> lex(r, "articleId").equals("003_f8e02747d2952e30")
            && lex(r, "words").equals("responded"));
    List<QuerySolution> asserted = named("events-by-factuality.rq", "VALUES ?factuality { nkg:Asserted }");
    assertThat(asserted).noneMatch(r -> lex(r, "types").contains("Invasion"));
  }
}
