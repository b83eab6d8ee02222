package org.newskg.extract;

import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Where the clause of an event word ends, for {@link EventFactualities}: a verb with its own
 * tense heads a clause of its own, so the modals and cues of the sentence a bad parse hangs it on
 * ("officials could answer few questions about how he escaped") are not its own; a past-tense verb
 * with a date of its own ("escaped Monday") is told as done; and an event named in a time or
 * circumstance adjunct ("in the week before the murder") is not what the noun it modifies fears or
 * asks for. "Would" under a report or decision is what was to happen ("announced that she would
 * return"), and "May" before a number is the month.
 */
final class EventClauses {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  /** Prepositions of an adjunct of time or circumstance, which pass on no modality. */
  private static final Set<String> ADJUNCT_CASES =
      Set.of("before", "after", "since", "during", "following", "amid", "until", "despite");

  /** Verbs whose complement clause with "would" tells what was to happen. */
  private static final Set<String> REPORTS =
      Set.of("say", "announce", "decide", "confirm", "tell", "state", "report", "reveal");

  private final DependencyTree tree;

  EventClauses(DependencyTree tree) {
    this.tree = tree;
  }

  /** A verb with its own tense: "escaped", "dies", "say"; not "escaping", "escape", "escaped" as participle. */
  boolean finite(int token) {
    return FINITE.contains(tree.token(token).pos());
  }

  /** A simple past verb with a date among its own dependents: "escaped Monday", "died on Tuesday". */
  boolean datedPast(int token) {
    if (!tree.token(token).pos().equals("VBD")) {
      return false;
    }
    for (int c : tree.children(token)) {
      Token child = tree.token(c);
      if (child.relation().equals("obl:tmod")
          || child.relation().startsWith("obl") && child.ner().equals("DATE")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Would" as the future of a past report: the clause is the complement of a verb that reports
   * or decides ("announced that she would return", "decided the team would place him"), with no
   * "have" of a past that did not happen ("would have placed") and no condition ("would … if").
   */
  boolean futureInThePast(int verb) {
    Token v = tree.token(verb);
    if (!v.relation().equals("ccomp") || v.head() < 0
        || !REPORTS.contains(EventTriggers.lemma(tree.token(v.head())))
        || !tree.token(v.head()).pos().startsWith("VB")) {
      return false;
    }
    for (int c : tree.children(verb)) {
      Token child = tree.token(c);
      String l = EventTriggers.lemma(child);
      if (child.relation().equals("aux") && l.equals("have")
          || child.relation().equals("advcl") || child.relation().equals("mark") && l.equals("if")) {
        return false;
      }
    }
    return true;
  }

  /** An event word introduced by a preposition of time or circumstance: "before the murder". */
  boolean adjunct(int token) {
    for (int c : tree.children(token)) {
      Token child = tree.token(c);
      if (child.relation().equals("case")
          && ADJUNCT_CASES.contains(child.word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "May" in "May 2, 2013", which the tagger may take for the modal. */
  boolean month(int token) {
    Token t = tree.token(token);
    if (!t.word().equals("May")) {
      return false;
    }
    int next = token + 1;
    return t.ner().equals("DATE")
        || next < tree.analysis().tokens().size() && tree.token(next).sentence() == t.sentence()
            && tree.token(next).pos().equals("CD");
  }
}
