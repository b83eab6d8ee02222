package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordNetTest {
  private final WordNet wordNet = WordNet.get();

  @Test
  void sensesOfAnInflectedVerbComeMostFrequentFirstWithTheirSynonyms() {
    List<WordNet.Sense> senses = wordNet.senses("nabbed", WordNet.Pos.VERB);
    assertTrue(!senses.isEmpty());
    assertTrue(senses.stream().anyMatch(s -> s.lemmas().contains("arrest")), senses.toString());
    assertTrue(senses.get(0).id().matches("v\\d{8}"), senses.get(0).id());
    assertEquals(WordNet.Pos.VERB, senses.get(0).pos());
  }

  @Test
  void aNounLeadsToTheVerbItIsDerivedFrom() {
    List<WordNet.Sense> verbs =
        wordNet.derivedSenses("evacuation", WordNet.Pos.NOUN, WordNet.Pos.VERB, 3);
    assertTrue(verbs.stream().anyMatch(s -> s.lemmas().contains("evacuate")), verbs.toString());
  }

  @Test
  void aNounGivesTheVerbWordItIsDerivedFromWithoutItsSynonyms() {
    assertEquals(
        List.of("die"), wordNet.derivedWords("death", WordNet.Pos.NOUN, WordNet.Pos.VERB, 1));
    List<String> collide =
        wordNet.derivedWords("collision", WordNet.Pos.NOUN, WordNet.Pos.VERB, 1);
    assertEquals("collide", collide.get(0));
    assertTrue(wordNet.derivedWords("qzxvbn", WordNet.Pos.NOUN, WordNet.Pos.VERB, 1).isEmpty());
  }

  @Test
  void lexicographerFilesAndHypernymsAreGiven() {
    WordNet.Sense say = wordNet.senses("say", WordNet.Pos.VERB).get(0);
    assertEquals("verb.communication", say.lexFile());
    WordNet.Sense quake = wordNet.senses("earthquake", WordNet.Pos.NOUN).get(0);
    assertTrue(!wordNet.hypernyms(quake).isEmpty());
  }

  @Test
  void anUnknownWordHasNoSenses() {
    assertTrue(wordNet.senses("qzxvbn", WordNet.Pos.NOUN).isEmpty());
    assertTrue(wordNet.derivedSenses("qzxvbn", WordNet.Pos.NOUN, WordNet.Pos.VERB, 2).isEmpty());
  }
}
