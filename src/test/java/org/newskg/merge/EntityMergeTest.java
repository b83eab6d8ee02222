package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.extract.EntityType.ORGANIZATION;
import static org.newskg.extract.EntityType.PERSON;
import static org.newskg.extract.EntityType.PLACE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.ShapeValidator;

class EntityMergeTest {
  private static final String PREFIXES =
      """
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX nkg: <https://w3id.org/newskg/ns#>
      """;

  private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
  private final EntityMerge merge = new EntityMerge(Articles.IRIS, Optional.empty());

  private EntityMerge.Report merge() {
    return merge.run(dataset, "test", Instant.parse("2024-01-02T00:00:00Z"));
  }

  /** Rows of "?a ?b ?reason" for owl:sameAs in force, each pair once. */
  private List<String> sameAs() {
    return select(
        "SELECT ?a ?b ?reason WHERE { ?d a nkg:IdentityDecision ; rdf:subject ?a ; rdf:object ?b ;"
            + " nkg:reason ?reason . ?a owl:sameAs ?b"
            + " FILTER NOT EXISTS { ?d prov:wasInvalidatedBy ?x } }",
        r ->
            key(r.getResource("a").getURI())
                + " = "
                + key(r.getResource("b").getURI())
                + " ("
                + r.getResource("reason").getLocalName()
                + ")");
  }

  private static String key(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  private List<String> select(String query, java.util.function.Function<QuerySolution, String> f) {
    return Txn.calculateRead(
        dataset,
        () -> {
          List<String> out = new ArrayList<>();
          try (QueryExecution qe =
              QueryExecution.model(ModelFactory.createModelForGraph(dataset.getUnionGraph()))
                  .query(PREFIXES + query)
                  .build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(r -> out.add(f.apply(r)));
          }
          out.sort(null);
          return out;
        });
  }

  @Test
  void aSurnameJoinsTheFullNameAnArticleUsesItForWhenContextAgrees() {
    new Articles("a", "Outlet A", "Joe Biden met the Kremlin. Biden left.")
        .entity("Joe Biden", PERSON, "Joe Biden", "Biden")
        .entity("Kremlin", ORGANIZATION, "Kremlin")
        .writeTo(dataset);
    new Articles("b", "Outlet B", "Biden called the Kremlin.")
        .entity("Biden", PERSON, "Biden")
        .entity("Kremlin", ORGANIZATION, "Kremlin")
        .writeTo(dataset);
    merge();
    assertThat(sameAs()).containsExactly("biden = joe-biden (AliasInArticle)");
  }

  @Test
  void aSurnameOfTwoWordsJoinsTheOneFullNameItEndsWhenContextAgrees() {
    new Articles("a", "Outlet A", "Pieter Van Dam met the Vatican. Van Dam left.")
        .entity("Pieter Van Dam", PERSON, "Pieter Van Dam")
        .entity("Vatican", ORGANIZATION, "Vatican")
        .writeTo(dataset);
    new Articles("b", "Outlet B", "Van Dam called the Vatican.")
        .entity("Van Dam", PERSON, "Van Dam")
        .entity("Vatican", ORGANIZATION, "Vatican")
        .writeTo(dataset);
    new Articles("c", "Outlet C", "Lotte Ferro Dam spoke in Lima.")
        .entity("Lotte Ferro Dam", PERSON, "Lotte Ferro Dam")
        .entity("Lima", PLACE, "Lima")
        .writeTo(dataset);
    merge();
    assertThat(sameAs()).containsExactly("pieter-van-dam = van-dam (ShortNameInContext)");
  }

  @Test
  void aSurnameAloneInAnUnrelatedArticleStaysApart() {
    new Articles("a", "Outlet A", "Joe Biden met the Kremlin. Biden left.")
        .entity("Joe Biden", PERSON, "Joe Biden", "Biden")
        .entity("Kremlin", ORGANIZATION, "Kremlin")
        .writeTo(dataset);
    new Articles("b", "Outlet B", "Biden scored twice for Leeds.")
        .entity("Biden", PERSON, "Biden")
        .entity("Leeds", ORGANIZATION, "Leeds")
        .writeTo(dataset);
    merge();
    assertThat(sameAs()).isEmpty();
  }

  @Test
  void aHeadlineTakenForANameDoesNotKeepAShortNameFromItsFullName() {
    new Articles("a", "Outlet A", "Harbor City Herons beat the Millbrook Otters. Ana Ruiz scored.")
        .entity("Harbor City Herons", ORGANIZATION, "Harbor City Herons")
        .entity("Ana Ruiz", PERSON, "Ana Ruiz")
        .writeTo(dataset);
    new Articles("b", "Outlet B", "Otters Beat Herons\n\nThe Herons lost. Ana Ruiz scored.")
        .entity("Otters Beat Herons", ORGANIZATION, "Otters Beat Herons")
        .entity("Otters", ORGANIZATION, "Otters")
        .entity("Herons", ORGANIZATION, "Herons")
        .entity("Ana Ruiz", PERSON, "Ana Ruiz")
        .writeTo(dataset);
    merge();
    assertThat(sameAs()).containsExactly("harbor-city-herons = herons (ShortNameInContext)");
  }

  @Test
  void neverJoinsTwoPeopleWhoShareASurnameAndRecordsTheAmbiguity() {
    new Articles("a", "Outlet A", "Joe Biden met the Kremlin. Biden left.")
        .entity("Joe Biden", PERSON, "Joe Biden", "Biden")
        .entity("Kremlin", ORGANIZATION, "Kremlin")
        .writeTo(dataset);
    new Articles("c", "Outlet C", "Hunter Biden met the Kremlin. Biden left.")
        .entity("Hunter Biden", PERSON, "Hunter Biden", "Biden")
        .entity("Kremlin", ORGANIZATION, "Kremlin")
        .writeTo(dataset);
    new Articles("b", "Outlet B", "Biden called the Kremlin.")
        .entity("Biden", PERSON, "Biden")
        .entity("Kremlin", ORGANIZATION, "Kremlin")
        .writeTo(dataset);
    EntityMerge.Report report = merge();
    assertThat(sameAs()).isEmpty();
    assertThat(report.splits()).isEqualTo(1);
    assertThat(
            select(
                "SELECT ?sense WHERE { ?s a nkg:IdentitySplit ; nkg:reason nkg:AmbiguousAlias ;"
                    + " nkg:sense ?sense }",
                r -> key(r.getResource("sense").getURI())))
        .containsExactly("hunter-biden", "joe-biden");
  }

  @Test
  void joinsTransliterationsOfOneNameWithASharedJobTitle() {
    new Articles("a", "Outlet A", "Foreign Minister Sergei Lavrov spoke.")
        .titled("Sergei Lavrov", PERSON, "Foreign Minister", "Sergei Lavrov")
        .writeTo(dataset);
    new Articles("b", "Outlet B", "Foreign Minister Sergey Lavrov spoke.")
        .titled("Sergey Lavrov", PERSON, "foreign minister", "Sergey Lavrov")
        .writeTo(dataset);
    new Articles("c", "Outlet C", "Sergey Lavrova sang.")
        .entity("Sergey Lavrova", PERSON, "Sergey Lavrova")
        .writeTo(dataset);
    merge();
    assertThat(sameAs()).containsExactly("sergei-lavrov = sergey-lavrov (TransliterationVariant)");
  }

  @Test
  void joinsNamesThatDifferByAnAcronymArticlesExpand() {
    new Articles("a", "Outlet A", "The United Nations (U.N.) met. The U.N. voted.")
        .entity("United Nations", ORGANIZATION, "United Nations", "U.N.")
        .writeTo(dataset);
    new Articles("b", "Outlet B", "The U.N. Security Council met.")
        .entity("UN Security Council", ORGANIZATION, "U.N. Security Council")
        .writeTo(dataset);
    new Articles("c", "Outlet C", "The United Nations Security Council met. The UN spoke.")
        .entity("United Nations Security Council", ORGANIZATION, "United Nations Security Council")
        .entity("UN", ORGANIZATION, "UN")
        .writeTo(dataset);
    merge();
    assertThat(sameAs())
        .containsExactly(
            "un = united-nations (AliasInArticle)",
            "un-security-council = united-nations-security-council (AcronymExpansion)");
  }

  @Test
  void recordsAnIriUsedForAPersonAndAPlace() {
    new Articles("a", "Outlet A", "Paris said no.").entity("Paris", PERSON, "Paris").writeTo(dataset);
    new Articles("b", "Outlet B", "In Paris, rain.").entity("Paris", PLACE, "Paris").writeTo(dataset);
    merge();
    assertThat(
            select(
                "SELECT ?e WHERE { ?s a nkg:IdentitySplit ; nkg:reason nkg:TypeConflict ;"
                    + " nkg:splitEntity ?e }",
                r -> key(r.getResource("e").getURI())))
        .containsExactly("paris");
  }

  @Test
  void withdrawsAMergeLaterArticlesContradictAndKeepsItOnRecord() {
    new Articles("a", "Outlet A", "Joe Biden met the Kremlin. Biden left.")
        .entity("Joe Biden", PERSON, "Joe Biden", "Biden")
        .entity("Kremlin", ORGANIZATION, "Kremlin")
        .writeTo(dataset);
    new Articles("b", "Outlet B", "Biden called the Kremlin.")
        .entity("Biden", PERSON, "Biden")
        .entity("Kremlin", ORGANIZATION, "Kremlin")
        .writeTo(dataset);
    merge();
    assertThat(sameAs()).hasSize(1);
    new Articles("c", "Outlet C", "Hunter Biden met the Kremlin. Biden left.")
        .entity("Hunter Biden", PERSON, "Hunter Biden", "Biden")
        .entity("Kremlin", ORGANIZATION, "Kremlin")
        .writeTo(dataset);
    EntityMerge.Report report = merge();
    assertThat(sameAs()).isEmpty();
    assertThat(report.withdrawn()).isEqualTo(1);
    assertThat(
            select(
                "SELECT ?a ?b WHERE { ?d a nkg:IdentityDecision ; rdf:subject ?a ; rdf:object ?b ;"
                    + " prov:wasInvalidatedBy ?run ; prov:invalidatedAtTime ?t ;"
                    + " prov:generatedAtTime ?made }",
                r -> key(r.getResource("a").getURI()) + " " + key(r.getResource("b").getURI())))
        .containsExactly("biden joe-biden");
  }

  @Test
  void theUnionOfArticleAndMergeGraphsConformsToTheShapes() {
    aSurnameJoinsTheFullNameAnArticleUsesItForWhenContextAgrees();
    var violations =
        Txn.calculateRead(
            dataset, () -> ShapeValidator.fromClasspath().validate(dataset.getUnionGraph()));
    assertThat(violations).isEmpty();
  }
}
