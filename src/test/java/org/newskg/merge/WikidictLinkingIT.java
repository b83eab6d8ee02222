package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;

/**
 * Linking decisions with CoreNLP's real wikidict (the models-english-kbp jar, 227 MB, about 0.7 GB
 * of heap once loaded). Skipped when the jar is neither in the local Maven repository nor on the
 * class path: the default build does not fetch it.
 */
class WikidictLinkingIT {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    Optional<java.nio.file.Path> jar = EntityLinker.findWikidict();
    assumeTrue(
        jar.isPresent(),
        "wikidict absent: fetch edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english-kbp"
            + " to run these tests");
    linker = EntityLinker.wikidict(jar.get());
  }

  @AfterAll
  static void release() {
    linker = null; // the dictionary's heap goes back to the other tests of this JVM
  }

  private static Optional<String> title(EntityType type, String name, Map<String, Integer> names) {
    return linker.link(type, name, names).map(EntityLinker.Link::title);
  }

  @Test
  void aFullNameOutweighsItsSurnameThatAloneIsSomethingElse() {
    // "Jordan" alone is the country, "Brown" alone the colour.
    assertThat(
            title(EntityType.PERSON, "Michael Jordan", Map.of("Michael Jordan", 1, "Jordan", 6)))
        .hasValue("Michael_Jordan");
    assertThat(title(EntityType.PERSON, "Gordon Brown", Map.of("Gordon Brown", 1, "Brown", 5)))
        .hasValue("Gordon_Brown");
    assertThat(title(EntityType.PERSON, "Brown", Map.of("Brown", 5))).isEmpty();
  }

  @Test
  void keepsNamesWithWikiAndLinksAbbreviationsOfPlaces() {
    assertThat(title(EntityType.ORGANIZATION, "WikiLeaks", Map.of("WikiLeaks", 2)))
        .hasValue("Wikileaks");
    assertThat(title(EntityType.PLACE, "DC", Map.of("D.C.", 2, "DC", 1)))
        .hasValue("Washington,_D.C.");
  }

  @Test
  void linksNoCommonNounTopic() {
    assertThat(title(EntityType.ORGANIZATION, "Medical Journal", Map.of("Medical Journal", 2)))
        .isEmpty();
  }
}
