package org.newskg.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newskg.merge.EventCoreference.Candidate;

/**
 * Pairs of mentions that share no key but are compared all the same because they stand in the
 * same place of two sentences that retell one another: two reports of one event often name it
 * with different words ("issued" / "released", "fled" / "ran") around the same names and numbers.
 * A sentence tells several events, and all of them share its particulars, so the particulars
 * alone do not say which mention goes with which; two sentences of two documents of one story
 * that share enough rare particulars are aligned by their keys instead, and when exactly one
 * mention of each is left without a counterpart, those two are paired.
 */
final class ContextPairs {
  private ContextPairs() {}

  /** A feature below this rarity is too common to bring two sentences together alone. */
  private static final double RARE_FEATURE = 0.5;

  /**
   * Two mentions of one document whose contexts differ in at most this many features are of one
   * sentence: each context is its sentence without the mention's own words.
   */
  private static final int SAME_SENTENCE = 4;

  /** Pairs {i, j} of mentions paired as above, the sentences sharing at least {@code threshold}. */
  static List<int[]> of(
      List<Candidate> events, Map<String, String> story, ContextRarity rarity, double threshold) {
    int[] sentence = sentences(events);
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      members.computeIfAbsent(sentence[i], k -> new ArrayList<>()).add(i);
    }
    Map<String, List<Integer>> byFeature = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      for (String f : events.get(i).context()) {
        if (rarity.weight(f) >= RARE_FEATURE) {
          byFeature.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
        }
      }
    }
    long n = events.size();
    Set<Long> seen = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    for (List<Integer> bucket : byFeature.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          Candidate a = events.get(i);
          Candidate b = events.get(j);
          if (a.doc().equals(b.doc())
              || !Objects.equals(story.get(a.doc()), story.get(b.doc()))
              || !seen.add(Math.min(sentence[i], sentence[j]) * n + Math.max(sentence[i], sentence[j]))
              || rarity.shared(a, b) < threshold) {
            continue;
          }
          List<Integer> left = unmatched(events, members.get(sentence[i]), members.get(sentence[j]));
          List<Integer> right = unmatched(events, members.get(sentence[j]), members.get(sentence[i]));
          if (left.size() == 1 && right.size() == 1) {
            out.add(new int[] {left.get(0), right.get(0)});
          }
        }
      }
    }
    return out;
  }

  /** The mentions of {@code these} that share no key with any of {@code those}. */
  private static List<Integer> unmatched(
      List<Candidate> events, List<Integer> these, List<Integer> those) {
    List<Integer> out = new ArrayList<>();
    for (int i : these) {
      if (those.stream().allMatch(j -> Collections.disjoint(events.get(i).keys(), events.get(j).keys()))) {
        out.add(i);
      }
    }
    return out;
  }

  /** For each mention, the index of the first mention of its sentence. */
  private static int[] sentences(List<Candidate> events) {
    int[] out = new int[events.size()];
    Map<String, List<Integer>> firsts = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      out[i] = i;
      List<Integer> docFirsts = firsts.computeIfAbsent(events.get(i).doc(), k -> new ArrayList<>());
      for (int f : docFirsts) {
        if (difference(events.get(f).context(), events.get(i).context()) <= SAME_SENTENCE) {
          out[i] = f;
          break;
        }
      }
      if (out[i] == i) {
        docFirsts.add(i);
      }
    }
    return out;
  }

  private static int difference(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return union.size() - common.size();
  }
}
