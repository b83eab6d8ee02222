package org.newskg.merge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision about entity identity, with its reason and evidence.
 *
 * <ul>
 *   <li>SAME_AS: {@code subject} and {@code object} are entity IRIs of one real entity;
 *   <li>LINK: {@code object} is the DBpedia IRI of the entity {@code subject};
 *   <li>SPLIT: {@code subject} is used for more than one entity ({@code senses}, when known).
 * </ul>
 *
 * @param evidence mention or graph IRIs that support the decision
 */
record IdentityDecision(
    Kind kind,
    String subject,
    Optional<String> object,
    Reason reason,
    Optional<Double> confidence,
    String comment,
    List<String> evidence,
    List<String> senses) {

  enum Kind {
    SAME_AS,
    LINK,
    SPLIT
  }

  /** Why; each is an individual of nkg:IdentityReason in the ontology. */
  enum Reason {
    ALIAS_IN_ARTICLE("AliasInArticle"),
    ACRONYM_EXPANSION("AcronymExpansion"),
    TRANSLITERATION("TransliterationVariant"),
    SHORT_NAME_IN_CONTEXT("ShortNameInContext"),
    SAME_WIKIPEDIA_ARTICLE("SameWikipediaArticle"),
    WIKIDICT("WikidictLink"),
    AMBIGUOUS_ALIAS("AmbiguousAlias"),
    TYPE_CONFLICT("TypeConflict"),
    SAME_DESCRIPTION_IN_STORY("SameDescriptionInStory"),
    DESCRIPTION_OF_NAMED_PERSON("DescriptionOfNamedPerson"),
    NAME_HEAD_IN_STORY("NameHeadInStory");

    final String term;

    Reason(String term) {
      this.term = term;
    }
  }

  IdentityDecision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(comment, "comment");
    evidence = List.copyOf(evidence);
    senses = List.copyOf(senses);
    if (kind != Kind.SPLIT && object.isEmpty()) {
      throw new IllegalArgumentException("%s decision on %s has no object".formatted(kind, subject));
    }
  }
}
