package org.newskg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.newskg.nlp.WordNet;

/**
 * What WordNet tells about a word of events beyond the hand tables of {@link EventLexicon}: the
 * verb a noun is made from ("collision" from "collide", "death" from "die", "robbery" from "rob"),
 * and the synset of the word's most frequent sense, which two words of one act may share ("put"
 * and "place", "spark" and "trigger", "fix" and "repair").
 *
 * <p>Only the most frequent sense is asked, of the verb and of the noun the verb is derived from.
 * WordNet lists rare senses that join acts news keeps apart ("fire" is also "dismiss", "issue" is
 * also "release"): on ECB+ the first two senses joined more pairs of different events than of one
 * and lowered the figure on half of the topics (see the README, Events).
 */
final class EventSenses {
  private EventSenses() {}

  /** Prefix of the keys this class gives, so they never equal a stem key. */
  static final String PREFIX = "wn:";

  /** WordNet's lexicographer files of acts ("noun.act") and happenings ("noun.event"). */
  private static final Set<String> ACT_FILES = Set.of("noun.act", "noun.event");

  /**
   * How many of a noun's most frequent senses must be acts or happenings: on the odd ECB+ topics
   * the first sense alone added more nouns that match no gold event than nouns that do and lowered
   * the figure; two did best, three the same (see the README, Events).
   */
  private static final int ACT_SENSES = 2;

  private static final Map<String, Optional<String>> VERBS = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> ACTS = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> GERUNDS = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> SENSES = new ConcurrentHashMap<>();

  /**
   * The verb WordNet derives a noun from in the noun's most frequent sense ("collision" →
   * "collide"); empty for a word that is no noun, or whose first sense has no verb.
   */
  static Optional<String> verbOf(String noun) {
    return VERBS.computeIfAbsent(noun.toLowerCase(Locale.ROOT), EventSenses::lookupVerb);
  }

  /**
   * Keys of the synsets a word names in its most frequent verb sense and, for a noun, in the verb
   * sense its first sense is derived from ("shooting" → the synset of "shoot, pip"): empty when
   * WordNet does not know the word.
   */
  static Set<String> of(String word) {
    return SENSES.computeIfAbsent(word.toLowerCase(Locale.ROOT), EventSenses::lookupSenses);
  }

  /**
   * Whether WordNet's most frequent senses of a noun (its first two, or its only one) are all acts
   * or happenings ("touchdown"); false for a word WordNet does not know as a noun.
   */
  static boolean namesAct(String noun) {
    return ACTS.computeIfAbsent(noun.toLowerCase(Locale.ROOT), EventSenses::lookupAct);
  }

  /**
   * Whether a noun's most frequent WordNet sense is a feeling ("anger", "outrage", "desire"): a
   * state of mind that a report tells as arising and passing, which ECB+ (as TimeML) annotates as
   * an event.
   */
  static boolean namesFeeling(String noun) {
    return WordNet.get().amongFirstSenses(noun, WordNet.Pos.NOUN, 1, "noun.feeling");
  }

  /**
   * Whether one of a noun's two most frequent WordNet senses is an act, a happening or a state
   * ("exit", "start", "addiction", "sleep"). Too broad alone (a thing's "flaw" is a state, an
   * "exit" a door): {@link EventTriggers} takes such a noun only when a possessive makes it
   * someone's.
   */
  static boolean mayNameEvent(String noun) {
    return Stream.of("noun.act", "noun.event", "noun.state")
        .anyMatch(file -> WordNet.get().amongFirstSenses(noun, WordNet.Pos.NOUN, 2, file));
  }

  /**
   * Whether a word in "-ing" is the present participle of a verb WordNet knows under another base
   * form ("slaying" of "slay", "driving" of "drive"), not a word of its own that only ends so
   * ("sterling", "fledgling", "hamstring").
   */
  static boolean isGerund(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("ing")
        && GERUNDS.computeIfAbsent(
            w,
            k -> WordNet.get().senses(k, WordNet.Pos.VERB).stream()
                .findFirst()
                .filter(s -> s.lemmas().stream().noneMatch(l -> l.equalsIgnoreCase(k)))
                .isPresent());
  }

  private static boolean lookupAct(String noun) {
    List<WordNet.Sense> senses = WordNet.get().senses(noun, WordNet.Pos.NOUN);
    return !senses.isEmpty()
        && senses.stream().limit(ACT_SENSES).allMatch(s -> ACT_FILES.contains(s.lexFile()));
  }

  private static Optional<String> lookupVerb(String noun) {
    for (String v : WordNet.get().derivedWords(noun, WordNet.Pos.NOUN, WordNet.Pos.VERB, 1)) {
      if (!v.contains(" ")) { // one word, as lemmas are; "take apart" is no key of "dismantling"
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static Set<String> lookupSenses(String word) {
    WordNet wn = WordNet.get();
    Set<String> out = new LinkedHashSet<>();
    first(wn.senses(word, WordNet.Pos.VERB)).ifPresent(s -> out.add(PREFIX + s.id()));
    first(wn.derivedSenses(word, WordNet.Pos.NOUN, WordNet.Pos.VERB, 1))
        .ifPresent(s -> out.add(PREFIX + s.id()));
    return Set.copyOf(out);
  }

  private static Optional<WordNet.Sense> first(List<WordNet.Sense> senses) {
    return senses.stream().findFirst();
  }
}
