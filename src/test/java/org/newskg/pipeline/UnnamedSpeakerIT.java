package org.newskg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.testsupport.SeedStore;

/**
 * An organization told by its description ("police said") speaks in the graph as the article's
 * unnamed participant, typed as an organization; across outlets it does not contradict a named
 * speaker of the same words.
 */
class UnnamedSpeakerIT {
  private static final String QUOTE = "The bridge will stay shut until an engineer has checked every cable";

  private static void article(Path dir, String id, String publisher, String text) throws Exception {
    Files.writeString(dir.resolve(id + ".txt"), text);
    Files.writeString(
        dir.resolve(id + ".json"),
        "{\"publisher\": \"%s\", \"datePublished\": \"2024-05-06\"}".formatted(publisher));
  }

  @Test
  void policeSpeakAsAnUnnamedOrganizationThatNoNamedSpeakerContradicts(@TempDir Path tmp)
      throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    article(in, "bridge-a", "Harbour Daily",
        "Harbourton bridge closed after crack found\n\n"
            + "The Harbourton bridge was closed on Sunday after a crack was found in one of its towers.\n\n"
            + "\"" + QUOTE + ",\" police said on Monday.\n");
    article(in, "bridge-b", "Coast Courier",
        "Cracked bridge stays shut\n\n"
            + "A crack in a tower closed the Harbourton bridge on Sunday.\n\n"
            + "\"" + QUOTE + ",\" the Harbourton Police Department said on Monday.\n");
    try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
      SeedStore.ingest(kg, List.of(in));
      ResultSetRewindable speakers =
          SeedStore.select(
              kg.dataset(),
              StatementGraphIT.PREFIXES
                  + """
                  SELECT ?desc ?participant ?org ?anonymous WHERE {
                    GRAPH ?g {
                      ?a schema:identifier "bridge-a" .
                      ?s a nkg:Statement ; nkg:speaker ?sp .
                      ?sp schema:description ?desc .
                      BIND(EXISTS { ?sp a nkg:UnnamedParticipant } AS ?participant)
                      BIND(EXISTS { ?sp a schema:Organization } AS ?org)
                      BIND(EXISTS { ?sp a nkg:AnonymousSource } AS ?anonymous)
                    }
                  }""");
      QuerySolution row = speakers.next();
      assertThat(speakers.hasNext()).isFalse();
      assertThat(row.getLiteral("desc").getString()).isEqualTo("police");
      assertThat(row.getLiteral("participant").getBoolean()).isTrue();
      assertThat(row.getLiteral("org").getBoolean()).isTrue();
      assertThat(row.getLiteral("anonymous").getBoolean()).isFalse();

      ResultSetRewindable merged =
          SeedStore.select(
              kg.dataset(),
              StatementGraphIT.PREFIXES
                  + """
                  SELECT ?n ?flag WHERE {
                    ?m a nkg:MergedStatement ; nkg:quote ?q ; nkg:publisherCount ?n .
                    OPTIONAL { ?m nkg:attributionDiscrepancy ?flag }
                    FILTER(CONTAINS(?q, "stay shut"))
                  }""");
      QuerySolution m = merged.next();
      assertThat(m.getLiteral("n").getInt()).isEqualTo(2);
      assertThat(m.contains("flag") && m.getLiteral("flag").getBoolean()).isFalse();
    }
  }
}
