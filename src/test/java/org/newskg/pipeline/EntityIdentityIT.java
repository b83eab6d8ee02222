package org.newskg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.ShapeValidator;
import org.newskg.testsupport.SeedStore;

/** Entity identity on the five seed articles, through the whole pipeline and the entity merge. */
class EntityIdentityIT {
  private static final String ID = "https://w3id.org/newskg/id/entity/";
  private static final String PREFIXES =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX gaf: <http://groundedannotationframework.org/gaf#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX nkg: <https://w3id.org/newskg/ns#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;

  private static List<String> column(ResultSetRewindable rs, String var) {
    List<String> out = new ArrayList<>();
    rs.reset();
    while (rs.hasNext()) {
      QuerySolution row = rs.next();
      out.add(
          row.get(var).isLiteral()
              ? row.getLiteral(var).getLexicalForm()
              : row.get(var).toString().replace(ID, ""));
    }
    return out;
  }

  private static ResultSetRewindable select(String query) {
    return SeedStore.select(PREFIXES + query);
  }

  /** Decisions in force, as "a = b (Reason)". */
  private static List<String> sameAs() {
    ResultSetRewindable rs =
        select(
            "SELECT ?d WHERE { GRAPH ?g { ?x rdf:subject ?a ; rdf:object ?b ; nkg:reason ?r ;"
                + " prov:wasGeneratedBy ?run . ?a owl:sameAs ?b . ?g prov:wasGeneratedBy ?run ."
                + " ?run a prov:Activity }"
                + " BIND(CONCAT(REPLACE(STR(?a), '.*/', ''), ' = ', REPLACE(STR(?b), '.*/', ''),"
                + " ' (', REPLACE(STR(?r), '.*#', ''), ')') AS ?d) }");
    return column(rs, "d");
  }

  @Test
  void spellingVariantsOfACountryAreOneIriInEveryArticle() {
    ResultSetRewindable rs =
        select(
            "SELECT ?anchor (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { <"
                + ID
                + "united-states> gaf:denotedBy ?m . ?m nif:anchorOf ?anchor ;"
                + " nkg:mentionKind nkg:Proper } } GROUP BY ?anchor");
    assertThat(column(rs, "anchor")).contains("U.S.", "US", "United States");
    ResultSetRewindable names =
        select("SELECT ?n WHERE { <" + ID + "united-states> schema:name ?n }");
    assertThat(column(names, "n")).containsExactly("United States");
  }

  @Test
  void aSurnameAloneInOneArticleIsTheFullNameOfAnother() {
    assertThat(sameAs()).contains("biden = joe-biden (AliasInArticle)");
  }

  @Test
  void transliterationsOfOneNameAreJoinedWithTheirEvidence() {
    assertThat(sameAs()).contains("sergei-lavrov = sergey-lavrov (TransliterationVariant)");
    ResultSetRewindable rs =
        select(
            "SELECT ?c WHERE { ?d rdf:subject <"
                + ID
                + "sergei-lavrov> ; rdf:object <"
                + ID
                + "sergey-lavrov> ; rdfs:comment ?c }");
    assertThat(column(rs, "c")).singleElement().asString().contains("foreign minister");
  }

  @Test
  void organizationNameVariantsAreJoinedThroughTheAcronymArticlesExpand() {
    assertThat(sameAs())
        .contains(
            "un-security-council = united-nations-security-council (AcronymExpansion)",
            "un = united-nations (AliasInArticle)");
  }

  @Test
  void aSeatOfGovernmentActingIsTheCountryAndKeepsWhatItNames() {
    ResultSetRewindable rs =
        select(
            "SELECT ?anchor ?literal WHERE { <"
                + ID
                + "russia> gaf:denotedBy ?m . ?m nif:anchorOf ?anchor ; nkg:literalReferent ?literal }");
    assertThat(column(rs, "anchor")).contains("Kremlin", "Moscow");
    assertThat(column(rs, "literal")).contains("kremlin", "moscow");
  }

  @Test
  void rolesCarryJobTitleAffiliationAndTheSpanThatStatesThem() {
    ResultSetRewindable rs =
        select(
            "SELECT ?who ?title ?org ?evidence WHERE { ?p schema:name ?who ; nkg:role ?r ."
                + " ?r schema:jobTitle ?title ; schema:affiliation ?a ; gaf:denotedBy ?m ."
                + " ?a schema:name ?org . ?m nif:anchorOf ?evidence"
                + " FILTER(?who IN ('Sergei Lavrov', 'Linda Thomas-Greenfield')) }");
    List<String> rows = new ArrayList<>();
    rs.forEachRemaining(
        r ->
            rows.add(
                r.getLiteral("who").getString()
                    + " | "
                    + r.getLiteral("title").getString()
                    + " | "
                    + r.getLiteral("org").getString()
                    + " | "
                    + r.getLiteral("evidence").getString()));
    assertThat(rows)
        .contains(
            "Sergei Lavrov | Foreign Minister | Russia | Russian Foreign Minister Sergei Lavrov",
            "Linda Thomas-Greenfield | Ambassador | United Nations | Linda Thomas-Greenfield,"
                + " U.S. Ambassador to the United Nations",
            "Linda Thomas-Greenfield | Ambassador | United States | U.S. Ambassador Linda"
                + " Thomas-Greenfield");
  }

  @Test
  void theUnionOfAllGraphsConformsToTheShapes() {
    var violations =
        Txn.calculateRead(
            SeedStore.store().dataset(),
            () ->
                ShapeValidator.fromClasspath()
                    .validate(SeedStore.store().dataset().getUnionGraph()));
    assertThat(violations).isEmpty();
  }

  private static String query(String file, String values) throws IOException {
    String text = Files.readString(Path.of("queries", file));
    return text.replaceFirst("(?m)^  VALUES [^\\n]*$", "  " + values);
  }

  @Test
  void entityNamesQueryGivesEveryNameWithItsArticles() throws IOException {
    ResultSetRewindable rs =
        SeedStore.select(query("entity-names.rq", "VALUES ?entityKey { \"Sergei Lavrov\" }"));
    List<String> rows = new ArrayList<>();
    rs.forEachRemaining(
        r -> rows.add(r.getLiteral("name").getString() + " " + r.getLiteral("articleIds").getString()));
    assertThat(rows).contains("Sergey Lavrov 004_f21e273e5e128133");
    assertThat(rows).anyMatch(r -> r.startsWith("Sergei Lavrov ") && r.contains("002_bf7c9e39a424e70b"));
  }

  @Test
  void rolesQueryFollowsSameAsToEveryIriOfThePerson() throws IOException {
    ResultSetRewindable rs =
        SeedStore.select(
            query("roles-and-affiliations.rq", "VALUES ?personKey { \"Sergey Lavrov\" }"));
    assertThat(column(rs, "articleId")).contains("004_f21e273e5e128133", "002_bf7c9e39a424e70b");
    assertThat(column(rs, "affiliationName")).containsOnly("Russia");
  }

  @Test
  void entitiesByPublishersRanksWhatEveryOutletNames() throws IOException {
    ResultSetRewindable rs =
        SeedStore.select(
            query("entities-by-publishers.rq", "VALUES ?type { schema:Person schema:Place }"));
    List<String> top = new ArrayList<>();
    rs.forEachRemaining(
        r -> top.add(r.getLiteral("name").getString() + "=" + r.getLiteral("publishers").getInt()));
    // Four seed articles name their publisher; Russia, Ukraine and the US are in all of them.
    assertThat(top).contains("Russia=4", "Ukraine=4", "United States=4");
    assertThat(top.get(0)).endsWith("=4");
    // "Biden" alone (three articles) and "Joe Biden" (one) count as one person.
    assertThat(top).contains("Joe Biden=3").doesNotContain("Biden=3", "Biden=2");
  }
}
