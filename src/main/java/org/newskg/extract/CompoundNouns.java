package org.newskg.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * Verb forms that open a compound noun naming a person, a thing or a group: "running" in "the
 * running back", "firing" in "a firing squad", "swimming" in "the swimming pool". WordNet lists
 * such compounds as nouns of their own; when the compound's most frequent sense is no act or
 * happening, its first word names no event ("a closing argument" is an act, and keeps it). An
 * event noun that opens a compound still names its event ("a murder charge", "the death toll"); a
 * verb before a preposition or particle is a verb ("talking to reporters", though WordNet knows "a
 * talking to"), and so is the root of a clause.
 */
final class CompoundNouns {
  private static final Set<String> ACT_FILES = Set.of("noun.act", "noun.event");
  private static final Set<String> NOT_NOUNS = Set.of("IN", "TO", "RP");
  private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();

  private CompoundNouns() {}

  /** Whether the verb form {@code t} and the word {@code next} after it form a WordNet noun of no act. */
  static boolean opensCompoundOfNoAct(Token t, Token next) {
    if (!t.pos().startsWith("VB") || t.relation().equals("root") || next.sentence() != t.sentence()
        || next.pos().startsWith("NNP") || NOT_NOUNS.contains(next.pos())) {
      return false;
    }
    String phrase = (t.word() + " " + next.lemma()).toLowerCase(Locale.ROOT);
    return ANSWERS.computeIfAbsent(phrase, CompoundNouns::lookup);
  }

  private static boolean lookup(String phrase) {
    // WordNet answers an unknown compound with the senses of its first word ("car crash" gives
    // "car"): the first sense must list the phrase itself.
    return WordNet.get().senses(phrase, WordNet.Pos.NOUN).stream()
        .findFirst()
        .filter(s -> s.lemmas().stream().anyMatch(l -> l.equalsIgnoreCase(phrase)))
        .map(s -> !ACT_FILES.contains(s.lexFile()))
        .orElse(false);
  }
}
