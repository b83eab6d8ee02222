package org.newskg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Sources without a name in the graph: an organization told by a common noun ("police said")
 * speaks as the article's unnamed participant, typed as an organization, and across outlets does
 * not contradict a named speaker of the same words; records with no author named ("according to
 * county records") are a document source, not a speaker.
 */
class UnnamedSourcesIT {
  private static final String QUOTE = "The bridge will stay shut until an engineer has checked every cable";

  @TempDir static Path tmp;
  private static KgStore kg;
  private static IngestReport report;

  private static void article(Path dir, String id, String publisher, String text) throws Exception {
    ArticleFiles.write(dir, id, publisher, "2024-05-06", text);
  }

  @BeforeAll
  static void ingest() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    article(in, "bridge-a", "Harbour Daily",
        "Harbourton bridge closed after crack found\n\n"
            + "The Harbourton bridge was closed on Sunday after a crack was found in one of its towers.\n\n"
            + "\"" + QUOTE + ",\" police said on Monday.\n\n"
            + "The bridge had failed two inspections since 2019, according to county records.\n");
    article(in, "bridge-b", "Coast Courier",
        "Cracked bridge stays shut\n\n"
            + "A crack in a tower closed the Harbourton bridge on Sunday.\n\n"
            + "\"" + QUOTE + ",\" the Harbourton Police Department said on Monday.\n");
    kg = KgStore.open(tmp.resolve("store"));
    report = SeedStore.ingest(kg, List.of(in));
  }

  @AfterAll
  static void close() {
    kg.close();
  }

  private static QuerySolution only(String where) {
    ResultSetRewindable rs = SeedStore.select(kg.dataset(), StatementGraphIT.PREFIXES + where);
    assertThat(rs.size()).as(where).isEqualTo(1);
    return rs.next();
  }

  @Test
  void bothArticlesPassTheShapes() {
    assertThat(report.failed()).isEmpty();
    assertThat(report.stored()).isEqualTo(2);
  }

  @Test
  void policeSpeakAsAnUnnamedOrganizationThatNoNamedSpeakerContradicts() {
    QuerySolution row =
        only(
            """
            SELECT ?desc ?participant ?org ?anonymous WHERE {
              GRAPH ?g {
                ?a schema:identifier "bridge-a" .
                ?s a nkg:Statement ; nkg:quote ?q ; nkg:speaker ?sp .
                FILTER(STRSTARTS(?q, "The bridge will stay shut"))
                ?sp schema:description ?desc .
                BIND(EXISTS { ?sp a nkg:UnnamedParticipant } AS ?participant)
                BIND(EXISTS { ?sp a schema:Organization } AS ?org)
                BIND(EXISTS { ?sp a nkg:AnonymousSource } AS ?anonymous)
              }
            }""");
    assertThat(row.getLiteral("desc").getString()).isEqualTo("police");
    assertThat(row.getLiteral("participant").getBoolean()).isTrue();
    assertThat(row.getLiteral("org").getBoolean()).isTrue();
    assertThat(row.getLiteral("anonymous").getBoolean()).isFalse();

    QuerySolution merged =
        only(
            """
            SELECT ?n ?flag WHERE {
              ?m a nkg:MergedStatement ; nkg:quote ?q ; nkg:publisherCount ?n .
              OPTIONAL { ?m nkg:attributionDiscrepancy ?flag }
              FILTER(CONTAINS(?q, "stay shut"))
            }""");
    assertThat(merged.getLiteral("n").getInt()).isEqualTo(2);
    assertThat(merged.contains("flag") && merged.getLiteral("flag").getBoolean()).isFalse();
  }

  @Test
  void recordsWithNoAuthorAreTheStatementsSourceDocumentNotItsSpeaker() {
    QuerySolution row =
        only(
            """
            SELECT ?desc ?work ?mention (EXISTS { ?s nkg:speaker ?any } AS ?hasSpeaker) WHERE {
              GRAPH ?g {
                ?s a nkg:Statement ; nkg:quote ?q ; nkg:direct false ; nkg:sourceDocument ?d .
                FILTER(STRSTARTS(?q, "The bridge had failed two inspections"))
                ?d a nkg:DocumentSource ; schema:description ?desc .
                BIND(EXISTS { ?d a schema:CreativeWork } AS ?work)
                ?s nkg:speakerMention/nif:anchorOf ?mention .
              }
            }""");
    assertThat(row.getLiteral("desc").getString()).isEqualTo("county records");
    assertThat(row.getLiteral("work").getBoolean()).isTrue();
    assertThat(row.getLiteral("mention").getString()).isEqualTo("county records");
    assertThat(row.getLiteral("hasSpeaker").getBoolean()).isFalse();
  }
}
