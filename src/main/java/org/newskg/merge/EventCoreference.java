package org.newskg.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.extract.Factuality;

/**
 * Which event mentions of many documents are one real event. Documents are first grouped into
 * stories (see {@link Stories}); two mentions then go together when they name the same kind of
 * event (a key in common: the stem or a WordNet sense of their words; or the same narrow type
 * such as a phone call), are compatible (factuality
 * not fact against fear or denial, times that overlap or lie a day apart, no two different agents
 * or places, and for narrow types such as meetings and calls, whose participants make them what
 * they are, no two disjoint sets of participants, unless their sentences share enough rare
 * words, names and numbers to overrule a parse), and
 * either belong to one story or, across stories, share a participant and a time. Verbs of
 * saying ("said", "told") and of state ("became", "needed") join only when they share a speaker
 * or agent. Clusters only join when every
 * pair across them agrees on factuality and time and most pairs agree on their arguments, so a
 * mention without an agent does not bridge two events with different agents. Pairs within one
 * document are joined before pairs across documents, and these in order of how alike their two
 * documents are, most alike first.
 */
public final class EventCoreference {
  /** Documents whose features are at least this similar (cosine of tf-idf) tell one story. */
  public static final double STORY_THRESHOLD = 0.15;

  /**
   * Days by which two times may miss each other and still be one event's. A day named relative
   * to the article ("on Wednesday") depends on the article's date, which a wire copy republished
   * the next morning or a report from another time zone shifts by one; an event at night is
   * reported on either of its two days.
   */
  static final int DAY_SLACK = 1;

  /**
   * How much two mentions' sentences must share (summed {@link ContextRarity}: about two and a
   * half words found in no other document's mention contexts) for their arguments not to keep
   * them apart. The agents of one sentence's parse are often wrong (the club for the player it
   * signed, a state for the inmate who fled it); two sentences that repeat the same rare names,
   * numbers and words tell one event whatever their parses say. Chosen on the odd ECB+ topics
   * (2.25 to 2.75 give the same figure), confirmed on the even.
   */
  static final double SHARED_PARTICULARS = 2.5;

  /** One event mention as coreference sees it. */
  public record Candidate(
      String id,
      String doc,
      Set<String> keys,
      Optional<String> type,
      boolean narrowType,
      Factuality factuality,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Set<String> participants,
      Set<String> agents,
      Optional<String> place,
      boolean needsSharedAgent,
      Set<String> context) {
    public Candidate {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(doc, "doc");
      keys = Set.copyOf(keys);
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("event mention %s has no key".formatted(id));
      }
      participants = Set.copyOf(participants);
      agents = Set.copyOf(agents);
      context = Set.copyOf(context);
    }

    /** A mention whose sentence is not known. */
    public Candidate(String id, String doc, Set<String> keys, Optional<String> type,
        boolean narrowType, Factuality factuality, Optional<LocalDate> from, Optional<LocalDate> to,
        Set<String> participants, Set<String> agents, Optional<String> place, boolean needsSharedAgent) {
      this(id, doc, keys, type, narrowType, factuality, from, to, participants, agents, place,
          needsSharedAgent, Set.of());
    }

    /** A mention of an act other than saying or a state. */
    public Candidate(String id, String doc, Set<String> keys, Optional<String> type,
        boolean narrowType, Factuality factuality, Optional<LocalDate> from, Optional<LocalDate> to,
        Set<String> participants, Set<String> agents, Optional<String> place) {
      this(id, doc, keys, type, narrowType, factuality, from, to, participants, agents, place,
          false);
    }
  }

  private static final Set<String> STOPWORDS =
      Set.of("that", "this", "with", "from", "have", "were", "they", "their", "them", "said",
          "will", "would", "which", "about", "after", "been", "more", "also", "than", "when",
          "what", "some", "into", "other", "over", "there", "could", "only", "such", "says",
          "just", "most", "many", "much", "very", "well", "where", "while", "being", "does",
          "since", "before", "because", "through", "these", "those", "then", "here", "even",
          "still", "both", "each", "should", "your", "our", "ours", "who", "whom", "whose",
          "told", "year", "years", "time", "like", "make", "made", "according");

  /** The words of a text that can tell its story: lower-case, four letters or more, no stopwords. */
  public static Set<String> words(String text) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4 && !STOPWORDS.contains(w)) {
        out.add("w:" + w);
      }
    }
    return out;
  }

  private final double storyThreshold;

  public EventCoreference(double storyThreshold) {
    this.storyThreshold = storyThreshold;
  }

  /**
   * Clusters of candidates, each in input order, ordered by their first member.
   *
   * @param docFeatures per document, the features its story is recognised by (entity keys,
   *     content lemmas)
   */
  public List<List<Candidate>> cluster(List<Candidate> events, Map<String, Set<String>> docFeatures) {
    Stories.Similarities similar = Stories.similarities(docFeatures);
    Map<String, String> story = Stories.of(similar, storyThreshold);
    ContextRarity rarity = ContextRarity.of(events);
    int n = events.size();
    int[] parent = new int[n];
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
    Map<String, List<Integer>> buckets = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Candidate c = events.get(i);
      for (String key : c.keys()) {
        buckets.computeIfAbsent("k:" + key, k -> new ArrayList<>()).add(i);
      }
      if (c.narrowType() && c.type().isPresent()) {
        buckets.computeIfAbsent("t:" + c.type().get(), k -> new ArrayList<>()).add(i);
      }
    }
    // A pair that meets in several buckets (two keys in common, a key and a type) is tried once.
    Set<Long> seen = new java.util.HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          if (seen.add((long) bucket.get(x) * n + bucket.get(y))) {
            pairs.add(new int[] {bucket.get(x), bucket.get(y)});
          }
        }
      }
    }
    // Mentions of one article first: a writer who names one kind of event twice in a story most
    // often means one event, and a report from elsewhere must not take one of them away first.
    // Then pairs of the most alike articles first: two reports that share their names and words
    // most likely tell one event, and the clusters they build first, with their agents and
    // times, are what a report of the story's other, similar event then clashes with.
    pairs.sort(
        Comparator.<int[], Boolean>comparing(
                p -> !events.get(p[0]).doc().equals(events.get(p[1]).doc()))
            .thenComparing(
                p -> -similar.of(events.get(p[0]).doc(), events.get(p[1]).doc())));
    for (int[] p : pairs) {
      if (linked(events.get(p[0]), events.get(p[1]), story, rarity)) {
        join(events, p, parent, members, rarity);
      }
    }
    // Then mentions named by different words whose sentences tell the same particulars.
    for (int[] p : ContextPairs.of(events, story, rarity, SHARED_PARTICULARS)) {
      if (linkedByContext(events.get(p[0]), events.get(p[1]), rarity)) {
        join(events, p, parent, members, rarity);
      }
    }
    Map<Integer, List<Candidate>> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(events.get(i));
    }
    return Collections.unmodifiableList(new ArrayList<>(out.values()));
  }

  /** Joins the clusters of a linked pair when {@link #mayJoin} allows. */
  private static void join(List<Candidate> events, int[] p, int[] parent,
      List<List<Integer>> members, ContextRarity rarity) {
    int ri = find(parent, p[0]);
    int rj = find(parent, p[1]);
    if (ri != rj && mayJoin(events, members.get(ri), members.get(rj), rarity)) {
      parent[rj] = ri;
      members.get(ri).addAll(members.get(rj));
      members.get(rj).clear();
    }
  }

  /**
   * Two mentions of one story paired by {@link ContextPairs} (their sentences share at least
   * {@link #SHARED_PARTICULARS} and align them): compatible, neither a verb of saying or state, of
   * no two different types, and with a participant in common, since a retold sentence may still pair two
   * different acts of its actors ("keep" a title and "defend" it) and a participant is the part of
   * an event the reports most often agree on.
   */
  private static boolean linkedByContext(Candidate a, Candidate b, ContextRarity rarity) {
    if (a.needsSharedAgent() || b.needsSharedAgent()
        || a.type().isPresent() && b.type().isPresent() && !a.type().equals(b.type())
        || !EntityKeyMatch.anyMatch(a.participants(), b.participants())) {
      return false;
    }
    return sameModalityAndTime(a, b) && argumentsAgreeOrOverruled(a, b, rarity);
  }

  private static boolean linked(
      Candidate a, Candidate b, Map<String, String> story, ContextRarity rarity) {
    if (!sameModalityAndTime(a, b) || !argumentsAgreeOrOverruled(a, b, rarity)) {
      return false;
    }
    boolean sameKind = !Collections.disjoint(a.keys(), b.keys())
        || a.narrowType() && b.narrowType() && a.type().equals(b.type());
    if (!sameKind) {
      return false;
    }
    // Every report is full of "said" (and of "became", "needed"): two of them are one act only
    // when one speaker says it (one agent does it), so words alone never join them.
    if ((a.needsSharedAgent() || b.needsSharedAgent()) && !EntityKeyMatch.anyMatch(a.agents(), b.agents())) {
      return false;
    }
    if (Objects.equals(story.get(a.doc()), story.get(b.doc()))) {
      return true;
    }
    boolean shared = EntityKeyMatch.anyMatch(a.participants(), b.participants());
    return shared && a.type().isPresent() && a.from().isPresent() && b.from().isPresent();
  }

  /**
   * What a merged event states for all its sources: whether it happened (fact or plan, never
   * fear or denial) and when (times that overlap, or are at most {@link #DAY_SLACK} apart).
   */
  static boolean sameModalityAndTime(Candidate a, Candidate b) {
    if (!factualityCompatible(a.factuality(), b.factuality())) {
      return false;
    }
    return a.from().isEmpty() || b.from().isEmpty()
        || !(a.to().get().plusDays(DAY_SLACK).isBefore(b.from().get())
            || b.to().get().plusDays(DAY_SLACK).isBefore(a.from().get()));
  }

  /** Who acted, who took part (for meetings, calls and other narrow types) and where. */
  static boolean argumentsAgree(Candidate a, Candidate b) {
    if (!a.agents().isEmpty() && !b.agents().isEmpty()
        && !EntityKeyMatch.anyMatch(a.agents(), b.agents())) {
      return false;
    }
    if (a.narrowType() && b.narrowType() && !a.participants().isEmpty() && !b.participants().isEmpty()
        && !EntityKeyMatch.anyMatch(a.participants(), b.participants())) {
      return false;
    }
    return a.place().isEmpty() || b.place().isEmpty()
        || EntityKeyMatch.matches(a.place().get(), b.place().get());
  }

  /**
   * Arguments agree, or the two sentences share enough rare particulars that a clash of their
   * arguments is more likely a wrong parse than two events (see {@link #SHARED_PARTICULARS}).
   */
  private static boolean argumentsAgreeOrOverruled(Candidate a, Candidate b, ContextRarity rarity) {
    return argumentsAgree(a, b) || rarity.shared(a, b) >= SHARED_PARTICULARS;
  }

  /** A planned event and the same event told as done are one; fact and fear or denial are not. */
  static boolean factualityCompatible(Factuality a, Factuality b) {
    if (a == b) {
      return true;
    }
    Set<Factuality> realis = Set.of(Factuality.ASSERTED, Factuality.PLANNED);
    return realis.contains(a) && realis.contains(b);
  }

  /**
   * Whether two clusters may join: every pair across them agrees on factuality and time (the
   * merged event states both for all its sources), and most pairs agree on their arguments.
   * Arguments come from one sentence's parse each and are sometimes wrong (a team for its
   * player, the arresting police for the suspect), so one bad parse must not keep a mention
   * out of its event; but a mention without arguments still cannot bridge two events whose
   * arguments clash, since then half the pairs across would clash. A pair whose sentences share
   * enough rare particulars does not count as a clash.
   */
  private static boolean mayJoin(
      List<Candidate> events, List<Integer> a, List<Integer> b, ContextRarity rarity) {
    int clashes = 0;
    for (int i : a) {
      for (int j : b) {
        if (!sameModalityAndTime(events.get(i), events.get(j))) {
          return false;
        }
        if (!argumentsAgreeOrOverruled(events.get(i), events.get(j), rarity)) {
          clashes++;
        }
      }
    }
    return 2L * clashes < (long) a.size() * b.size();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
