package org.newskg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.newskg.store.StoreAudit;
import org.newskg.testsupport.SeedStore;

/** The five seed articles through the whole pipeline into a real TDB2 store. */
class SeedGraphIT {
  private static final String PREFIXES =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX gaf: <http://groundedannotationframework.org/gaf#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX nkg: <https://w3id.org/newskg/ns#>
      """;

  private static List<String> column(ResultSetRewindable rs, String var) {
    List<String> out = new ArrayList<>();
    rs.reset();
    while (rs.hasNext()) {
      QuerySolution row = rs.next();
      out.add(row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.get(var).toString());
    }
    return out;
  }

  @Test
  void storesOneGraphPerSeedArticle() {
    assertThat(SeedStore.report().stored()).isEqualTo(5);
    assertThat(SeedStore.report().failed()).isEmpty();
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + "SELECT ?id WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:identifier ?id ."
                + " ?g prov:wasDerivedFrom ?a } } ORDER BY ?id");
    assertThat(column(rs, "id"))
        .containsExactly(
            "000_8276c06547ea8cb0",
            "001_ad308263339f24af",
            "002_bf7c9e39a424e70b",
            "003_f8e02747d2952e30",
            "004_f21e273e5e128133");
  }

  @Test
  void everyGraphConformsToTheShapesAndEveryAnchorMatchesItsOffsets() {
    StoreAudit.Result result = StoreAudit.audit(SeedStore.store().dataset());
    assertThat(result.graphs()).as("five articles; merged statements, events, entities").isEqualTo(8);
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void everyMentionAnchorIsTheTextAtItsOffsets() {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + "SELECT ?text ?b ?e ?anchor WHERE { ?m a nkg:Mention ; nif:referenceContext ?a ;"
                + " nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ."
                + " ?a nif:isString ?text }");
    int checked = 0;
    while (rs.hasNext()) {
      QuerySolution row = rs.next();
      String text = row.getLiteral("text").getString();
      int b = row.getLiteral("b").getInt();
      int e = row.getLiteral("e").getInt();
      assertThat(text.substring(b, e)).isEqualTo(row.getLiteral("anchor").getString());
      checked++;
    }
    assertThat(checked).isGreaterThan(200);
  }

  @Test
  void aPersonHasTheSameIriInEveryArticleThatNamesThem() {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + "SELECT DISTINCT ?p (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g {"
                + " ?p a schema:Person ; schema:name \"Antony Blinken\" ."
                + " ?g prov:wasDerivedFrom/a schema:NewsArticle } } GROUP BY ?p");
    assertThat(rs.size()).isEqualTo(1);
    assertThat(column(rs, "graphs")).containsExactly("4");
  }

  @Test
  void pronounsResolvedByCoreferenceAreMentionsOfTheirPerson() {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + "SELECT ?anchor WHERE { ?p schema:name \"Jen Psaki\" ; gaf:denotedBy ?m ."
                + " ?m nkg:mentionKind nkg:Pronominal ; nif:anchorOf ?anchor }");
    assertThat(column(rs, "anchor")).isNotEmpty().allMatch(a -> a.equalsIgnoreCase("she"));
  }

  @Test
  void rolesStatedBeforeTheNameGiveJobTitleAndAffiliation() {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + "SELECT ?title ?org ?evidence WHERE { ?p schema:name \"Dmitry Peskov\" ;"
                + " nkg:role ?r . ?r schema:jobTitle ?title ; schema:affiliation ?a ;"
                + " gaf:denotedBy ?m . ?a schema:name ?org . ?m nif:anchorOf ?evidence }");
    assertThat(column(rs, "evidence")).contains("Kremlin spokesman Dmitry Peskov");
    assertThat(column(rs, "title")).contains("spokesman", "spokesperson");
    // "Kremlin" before a title stands for the Russian government (entity issue, metonymy).
    assertThat(column(rs, "org")).containsOnly("Russia");
  }

  @Test
  void appositiveRolesAreFoundToo() {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + "SELECT ?title ?org WHERE { ?p schema:name \"Linda Thomas-Greenfield\" ;"
                + " nkg:role ?r . ?r schema:jobTitle ?title ; schema:affiliation ?a ."
                + " ?a schema:name ?org }");
    assertThat(column(rs, "org")).contains("United Nations");
  }

  @Test
  void photographersInCreditsAreEntitiesButNeverSpeakersOrParticipants() {
    String photographers =
        "FILTER(?n IN (\"Alex Brandon\", \"Richard Drew\", \"Alexei Nikolsky\","
            + " \"Jonathan Nackstrand\"))";
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES + "SELECT DISTINCT ?n WHERE { ?x a schema:Person ; schema:name ?n " + photographers + " }");
    assertThat(column(rs, "n"))
        .containsExactlyInAnyOrder("Alex Brandon", "Richard Drew", "Alexei Nikolsky", "Jonathan Nackstrand");
    ResultSetRewindable acts =
        SeedStore.select(
            PREFIXES
                + "SELECT ?s WHERE { ?s ?role ?x . ?x schema:name ?n "
                + photographers
                + " FILTER(?role IN (nkg:speaker, nkg:participant, nkg:agent, nkg:recipient)) }");
    assertThat(acts.size()).isZero();
    ResultSetRewindable credits =
        SeedStore.select(PREFIXES + "SELECT ?z WHERE { ?z a nkg:Credit }");
    assertThat(credits.size()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void eachGraphRecordsTheSoftwareAndSettingsThatMadeIt() {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + "SELECT ?g ?version ?settings WHERE { GRAPH ?g { ?g prov:wasGeneratedBy ?run ;"
                + " prov:wasDerivedFrom/a schema:NewsArticle ."
                + " ?run prov:wasAssociatedWith ?sw ; nkg:pipelineSettings ?settings ;"
                + " prov:startedAtTime ?t . ?sw schema:softwareVersion ?version } }");
    assertThat(rs.size()).isEqualTo(5);
    assertThat(column(rs, "settings")).allMatch(s -> s.contains("\"coref.algorithm\""));
  }

  @Test
  void seedIdsAreTheFileStemsAndTextIsUnchanged() throws Exception {
    ResultSetRewindable rs =
        SeedStore.select(
            PREFIXES
                + "SELECT ?text WHERE { ?a schema:identifier \"003_f8e02747d2952e30\" ;"
                + " nif:isString ?text }");
    assertThat(column(rs, "text"))
        .containsExactly(
            java.nio.file.Files.readString(SeedStore.SEEDS.resolve("003_f8e02747d2952e30.txt")));
  }
}
