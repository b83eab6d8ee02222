package org.newskg.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.newskg.KgException;

/**
 * Princeton WordNet 3.1 (read by extJWNL from its data jar on the classpath): the senses of an
 * English noun, verb or adjective, most frequent first, with their synonyms, lexicographer file
 * ("verb.communication", "noun.act") and the words derived from them ("arrest" the noun and
 * "arrest" the verb, "evacuation" and "evacuate"). Opened once per process; lookups are
 * synchronized because extJWNL's caches are not meant for concurrent readers.
 */
public final class WordNet {
  /** The parts of speech WordNet has that newskg asks about. */
  public enum Pos {
    NOUN(POS.NOUN),
    VERB(POS.VERB),
    ADJECTIVE(POS.ADJECTIVE);

    private final POS pos;

    Pos(POS pos) {
      this.pos = pos;
    }

    static Pos of(POS pos) {
      for (Pos p : values()) {
        if (p.pos == pos) {
          return p;
        }
      }
      throw new IllegalArgumentException("not a part of speech newskg asks about: " + pos);
    }
  }

  /**
   * One sense (synset): its stable identifier ({@code n01234567}, {@code v00012345}), its
   * lexicographer file and the lemmas that express it, most usual first.
   */
  public record Sense(String id, Pos pos, String lexFile, List<String> lemmas) {
    public Sense {
      lemmas = List.copyOf(lemmas);
    }
  }

  private static final class Holder {
    static final WordNet INSTANCE = open();
  }

  private final Dictionary dictionary;

  private WordNet(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The process's WordNet, opened on first use. */
  public static WordNet get() {
    return Holder.INSTANCE;
  }

  private static WordNet open() {
    try {
      return new WordNet(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new KgException("cannot open WordNet from the classpath: " + e.getMessage(), e);
    }
  }

  private final Map<String, Boolean> lexFileAnswers = new ConcurrentHashMap<>();

  /**
   * Whether one of the word's {@code firstSenses} most frequent senses lies in the lexicographer
   * file {@code lexFile} ("verb.communication", "noun.person"). Answers are kept, since the
   * extractors ask this of the same words article after article.
   */
  public boolean amongFirstSenses(String word, Pos pos, int firstSenses, String lexFile) {
    String key = word.toLowerCase(Locale.ROOT) + '\t' + pos + '\t' + firstSenses + '\t' + lexFile;
    return lexFileAnswers.computeIfAbsent(
        key, k -> senses(word, pos).stream().limit(firstSenses).anyMatch(s -> s.lexFile().equals(lexFile)));
  }

  /**
   * The most frequent sense of a phrase of several words ("running back", "open fire"), if WordNet
   * lists the phrase itself: for a phrase it does not know it answers with the senses of the first
   * word ("car crash" gives "car"), which this leaves out.
   */
  public Optional<Sense> phraseSense(String phrase, Pos pos) {
    return senses(phrase, pos).stream()
        .findFirst()
        .filter(s -> s.lemmas().stream().anyMatch(l -> l.equalsIgnoreCase(phrase)));
  }

  /**
   * The senses of a word in base or inflected form ("arrested", "talks"), most frequent first;
   * empty when WordNet does not know it.
   */
  public synchronized List<Sense> senses(String word, Pos pos) {
    try {
      IndexWord index = dictionary.lookupIndexWord(pos.pos, word.toLowerCase(Locale.ROOT));
      if (index == null) {
        return List.of();
      }
      List<Sense> out = new ArrayList<>();
      for (Synset s : index.getSenses()) {
        out.add(sense(s));
      }
      return out;
    } catch (JWNLException e) {
      throw new KgException("WordNet lookup of '" + word + "' failed: " + e.getMessage(), e);
    }
  }

  /**
   * The senses, in part of speech {@code to}, of the words WordNet derives from the first
   * {@code maxSenses} senses of {@code word} ("evacuation" gives the verb senses of "evacuate").
   * In the order found: the word's most frequent sense first.
   */
  public synchronized List<Sense> derivedSenses(String word, Pos from, Pos to, int maxSenses) {
    Map<String, Sense> out = new LinkedHashMap<>();
    for (Derived d : derivations(word, from, to, maxSenses)) {
      Sense t = sense(d.synset());
      out.putIfAbsent(t.id(), t);
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The words, in part of speech {@code to}, that WordNet derives from the word itself in its first
   * {@code maxSenses} senses ("collision" gives "collide", "death" gives "die"), in the order
   * found: the word's most frequent sense first. Unlike {@link #derivedSenses}, only the derived
   * word, not its synonyms.
   */
  public synchronized List<String> derivedWords(String word, Pos from, Pos to, int maxSenses) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Derived d : derivations(word, from, to, maxSenses)) {
      out.add(d.lemma().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }

  /** A word derived from another, and its synset. */
  private record Derived(Synset synset, String lemma) {}

  /** The derivation links of the word itself (not of its synonyms) in its first senses. */
  private List<Derived> derivations(String word, Pos from, Pos to, int maxSenses) {
    try {
      IndexWord index = dictionary.lookupIndexWord(from.pos, word.toLowerCase(Locale.ROOT));
      if (index == null) {
        return List.of();
      }
      List<Derived> out = new ArrayList<>();
      List<Synset> senses = index.getSenses();
      for (Synset s : senses.subList(0, Math.min(maxSenses, senses.size()))) {
        for (Word w : s.getWords()) {
          if (!w.getLemma().equalsIgnoreCase(index.getLemma())) {
            continue; // the derivations of this word, not of its synonyms
          }
          for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
            if (p.getTargetSynset().getPOS() == to.pos && p.getTarget() instanceof Word t) {
              out.add(new Derived(p.getTargetSynset(), t.getLemma()));
            }
          }
        }
      }
      return out;
    } catch (JWNLException e) {
      throw new KgException("WordNet lookup of '" + word + "' failed: " + e.getMessage(), e);
    }
  }

  /** The direct hypernyms of a sense ("arrest" -> "capture"), as WordNet lists them. */
  public synchronized List<Sense> hypernyms(Sense sense) {
    try {
      Synset s = dictionary.getSynsetAt(sense.pos().pos, Long.parseLong(sense.id().substring(1)));
      if (s == null) {
        return List.of();
      }
      List<Sense> out = new ArrayList<>();
      for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
        out.add(sense(p.getTargetSynset()));
      }
      return out;
    } catch (JWNLException e) {
      throw new KgException("WordNet hypernyms of " + sense.id() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * The nearest of {@code kinds} (first lemmas of synsets: "structure", "institution") among the
   * sense itself and its hypernyms, breadth first: "hotel" reaches "structure" through "building",
   * "prison" reaches "institution" before "structure".
   */
  public synchronized Optional<String> nearestKind(Sense sense, Set<String> kinds) {
    Deque<Sense> open = new ArrayDeque<>(List.of(sense));
    Set<String> seen = new HashSet<>();
    while (!open.isEmpty()) {
      Sense s = open.poll();
      if (!seen.add(s.id())) {
        continue;
      }
      if (kinds.contains(s.lemmas().get(0))) {
        return Optional.of(s.lemmas().get(0));
      }
      open.addAll(hypernyms(s));
    }
    return Optional.empty();
  }

  /**
   * Whether a sense is an instance (a proper noun: "Sheffield") of a synset that has {@code lemma}
   * among its lemmas or among those of its hypernyms ("administrative district" for a city, "person"
   * for a statesman).
   */
  public synchronized boolean isInstanceOf(Sense sense, String lemma) {
    try {
      Synset s = dictionary.getSynsetAt(sense.pos().pos, Long.parseLong(sense.id().substring(1)));
      if (s == null) {
        return false;
      }
      List<Synset> open = new ArrayList<>();
      for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
        open.add(p.getTargetSynset());
      }
      for (int i = 0; i < open.size(); i++) {
        Synset t = open.get(i);
        if (t.getWords().stream().anyMatch(w -> w.getLemma().equals(lemma))) {
          return true;
        }
        for (Pointer p : t.getPointers(PointerType.HYPERNYM)) {
          open.add(p.getTargetSynset());
        }
      }
      return false;
    } catch (JWNLException e) {
      throw new KgException("WordNet instances of " + sense.id() + " failed: " + e.getMessage(), e);
    }
  }

  private static Sense sense(Synset s) {
    Pos pos = Pos.of(s.getPOS());
    List<String> lemmas = new ArrayList<>();
    for (Word w : s.getWords()) {
      lemmas.add(w.getLemma());
    }
    return new Sense(
        String.format(Locale.ROOT, "%s%08d", s.getPOS().getKey(), s.getOffset()),
        pos,
        s.getLexFileName(),
        lemmas);
  }
}
