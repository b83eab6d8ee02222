package org.newskg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.testsupport.ArticleFiles;
import org.newskg.testsupport.SeedStore;

/**
 * Words two people said together ("Marsh and Haddad said") have both as speakers, in the article
 * graph and in the merged statement; an outlet naming only one of them does not contradict that,
 * while an outlet naming someone else for the same words does.
 */
class CoSpeakersIT {
  private static final String TOGETHER = "Nobody should walk on the pier before the divers finish";
  private static final String MONDAY = "2024-05-06";
  private static final String DISPUTED = "The inspection will take at least three more weeks";

  @TempDir static Path tmp;
  private static KgStore kg;
  private static IngestReport report;

  @BeforeAll
  static void ingest() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    ArticleFiles.write(in, "pier-a", "Harbour Daily", MONDAY,
        "Pier closed after storm\n\n"
            + "Harbor Commissioner Lena Marsh and Fire Chief Omar Haddad visited the pier on Monday.\n\n"
            + "\"" + TOGETHER + ",\" Marsh and Haddad told reporters.\n\n"
            + "\"" + DISPUTED + ",\" Marsh said.\n");
    ArticleFiles.write(in, "pier-b", "Coast Courier", MONDAY,
        "Storm shuts the pier\n\n"
            + "Harbor Commissioner Lena Marsh spoke at the pier on Monday.\n\n"
            + "\"" + TOGETHER + ",\" Marsh said.\n");
    ArticleFiles.write(in, "pier-c", "Bay Herald", MONDAY,
        "Divers inspect the pier\n\n"
            + "Deputy Mayor Carla Wendt spoke at the pier on Monday.\n\n"
            + "\"" + DISPUTED + ",\" Wendt said.\n");
    kg = KgStore.open(tmp.resolve("store"));
    report = SeedStore.ingest(kg, List.of(in));
  }

  @AfterAll
  static void close() {
    kg.close();
  }

  private static List<QuerySolution> rows(String where) {
    ResultSetRewindable rs = SeedStore.select(kg.dataset(), StatementGraphIT.PREFIXES + where);
    List<QuerySolution> out = new ArrayList<>();
    rs.forEachRemaining(out::add);
    return out;
  }

  @Test
  void allArticlesPassTheShapes() {
    assertThat(report.failed()).isEmpty();
    assertThat(report.stored()).isEqualTo(3);
  }

  @Test
  void bothSpeakersOfTheArticleAreNamedByOneMention() {
    List<QuerySolution> rows =
        rows(
            """
            SELECT ?name ?mention WHERE {
              GRAPH ?g {
                ?a schema:identifier "pier-a" .
                ?s a nkg:Statement ; nkg:quote ?q ; nkg:speaker/schema:name ?name ;
                   nkg:speakerMention/nif:anchorOf ?mention .
                FILTER(STRSTARTS(?q, "Nobody should walk"))
              }
            } ORDER BY ?name""");
    assertThat(rows).extracting(r -> r.getLiteral("name").getString())
        .containsExactly("Lena Marsh", "Omar Haddad");
    assertThat(rows).extracting(r -> r.getLiteral("mention").getString())
        .containsOnly("Marsh and Haddad");
  }

  @Test
  void anOutletNamingOneOfTwoSpeakersAgreesAndTheMergedStatementHasBoth() {
    List<QuerySolution> rows =
        rows(
            """
            SELECT ?flag ?n ?name WHERE {
              ?m a nkg:MergedStatement ; nkg:quote ?q ; nkg:publisherCount ?n ;
                 nkg:attributionDiscrepancy ?flag ; nkg:speaker/schema:name ?name .
              FILTER(CONTAINS(?q, "Nobody should walk"))
            } ORDER BY ?name""");
    assertThat(rows).extracting(r -> r.getLiteral("name").getString())
        .containsExactly("Lena Marsh", "Omar Haddad");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.getLiteral("flag").getBoolean()).isFalse();
      assertThat(r.getLiteral("n").getInt()).isEqualTo(2);
    });
  }

  @Test
  void anOutletNamingSomeoneElseIsADiscrepancy() {
    List<QuerySolution> rows =
        rows(
            """
            SELECT ?flag (EXISTS { ?m nkg:speaker ?any } AS ?hasSpeaker) WHERE {
              ?m a nkg:MergedStatement ; nkg:quote ?q ; nkg:attributionDiscrepancy ?flag .
              FILTER(CONTAINS(?q, "three more weeks"))
            }""");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getLiteral("flag").getBoolean()).isTrue();
    assertThat(rows.get(0).getLiteral("hasSpeaker").getBoolean()).isFalse();
  }
}
