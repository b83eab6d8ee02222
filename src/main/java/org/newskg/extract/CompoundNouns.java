package org.newskg.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * Words that open a compound noun naming a person, a thing, a group or a place: "running" in "the
 * running back", "firing" in "a firing squad", "fire" in "the fire station", "murder" in "a murder
 * suspect". WordNet lists such compounds as nouns of their own, and their first word names no
 * event there. A verb form keeps its event only when the compound is an act or happening ("a
 * closing argument"); an event noun keeps it unless the compound is a person, artifact, group,
 * place or object, since a compound about its event still names it ("a murder charge", "the death
 * toll"). A verb before a preposition or particle is a verb ("talking to reporters", though
 * WordNet knows "a talking to"), and so is the root of a clause.
 */
final class CompoundNouns {
  private static final Set<String> ACT_FILES = Set.of("noun.act", "noun.event");
  private static final Set<String> NOT_NOUNS = Set.of("IN", "TO", "RP");
  private static final Set<String> THING_FILES =
      Set.of("noun.person", "noun.artifact", "noun.group", "noun.location", "noun.object");
  private static final Map<String, String> FILES = new ConcurrentHashMap<>();

  private CompoundNouns() {}

  /** Whether {@code t} opens, with the word {@code next} after it, a WordNet compound as above. */
  static boolean opensCompoundOfNoAct(Token t, Token next) {
    boolean verb = t.pos().startsWith("VB");
    boolean noun = t.pos().equals("NN") || t.pos().equals("NNS");
    if (!verb && !noun || t.relation().equals("root") || next.sentence() != t.sentence()
        || next.pos().startsWith("NNP") || NOT_NOUNS.contains(next.pos())) {
      return false;
    }
    String phrase = (t.word() + " " + next.lemma()).toLowerCase(Locale.ROOT);
    String file = FILES.computeIfAbsent(phrase, CompoundNouns::lookup);
    return verb ? !file.isEmpty() && !ACT_FILES.contains(file) : THING_FILES.contains(file);
  }

  /** The lexicographer file of the compound's first sense, "" when WordNet does not know it. */
  private static String lookup(String phrase) {
    return WordNet.get().phraseSense(phrase, WordNet.Pos.NOUN).map(WordNet.Sense::lexFile).orElse("");
  }
}
