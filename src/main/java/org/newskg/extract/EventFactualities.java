package org.newskg.extract;

import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * How the text presents an event, from the words around its trigger: a negation on it, on its
 * support verb or on the verb it is the indefinite object of, or "deny" above it, denies it (a
 * negation further up, as on "the cause" in "did not provide the cause of death", does not);
 * "will", "set to", "expected", "scheduled", "ahead of", "upcoming" plan it; "if", "could",
 * "possible", "fears of", "threatened to", "ability to" make it hypothetical. The nearest cue on
 * the way up the tree wins; none means asserted. The way up stays in the trigger's own clause (see
 * {@link EventClauses}): a verb with its own tense takes no modal of the sentence a parse hangs it
 * on, only a frame that governs it ("denied that", "fear that"), and a past verb with its own date
 * is told as done; it ends at a negated verb (not a future one) above an event in its object,
 * whose modal then says nothing of the event. Nothing feared, threatened or conditional comes out
 * asserted: such cues are looked for before the event is taken as fact.
 */
final class EventFactualities {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> MODALS =
      Set.of("could", "would", "might", "may", "should", "can", "'d");
  /** Modals that, with "have", guess at the past: "may have been", "could have been set". */
  private static final Set<String> EPISTEMIC_MODALS = Set.of("may", "might", "could", "must");
  private static final Set<String> PLAN_WORDS =
      Set.of("set", "schedule", "plan", "expect", "due", "intend", "prepare", "aim", "order",
          "instruct", "agree", "announce", "upcoming", "planned", "scheduled", "proposed", "next",
          "future", "forthcoming", "impending");
  private static final Set<String> HYPOTHETICAL_WORDS =
      Set.of("possible", "potential", "imminent", "likely", "feared", "looming", "hypothetical",
          "eventual", "probable", "fear", "concern", "threat", "risk", "prospect", "possibility",
          "danger", "speculation", "rumor", "rumour", "threaten", "want", "attempt", "seek",
          "hope", "consider", "ability", "power", "option", "chance", "avoid", "prevent", "deter",
          "stave", "avert", "pretext", "warn", "worry", "unlikely", "readiness", "willingness");
  /** Words that ask for an event: what they govern as a complement has not happened. */
  private static final Set<String> REQUEST_WORDS =
      Set.of("request", "demand", "call", "urge", "ask", "offer", "proposal", "propose", "plea",
          "appeal", "order", "instruct", "invite", "invitation");
  /** Verbs whose complement did not happen: "declined to provide", "refused to leave". */
  private static final Set<String> FAILURE_WORDS = Set.of("decline", "refuse", "fail", "avoid");
  private static final Set<String> DENIAL_WORDS = Set.of("deny", "refute", "dismiss", "reject");
  private static final Set<String> DEFINITE_DETERMINERS =
      Set.of("the", "this", "that", "these", "those");

  private final DependencyTree tree;
  private final EventClauses clauses;

  EventFactualities(DependencyTree tree) {
    this.tree = tree;
    this.clauses = new EventClauses(tree);
  }

  Factuality of(int trigger, Optional<Integer> support) {
    Factuality context = context(trigger, support);
    if (negated(trigger) || support.filter(this::negated).isPresent()) {
      // "if Russia does not respond", "the ability to not push troops": still not a fact
      return context == Factuality.HYPOTHETICAL || context == Factuality.PLANNED
          ? Factuality.HYPOTHETICAL
          : Factuality.DENIED;
    }
    return context;
  }

  private Factuality context(int trigger, Optional<Integer> support) {
    Optional<Factuality> own = cueOn(trigger).or(() -> support.flatMap(this::cueOn));
    if (own.isPresent()) {
      return own.get();
    }
    int cur = support.orElse(trigger);
    boolean toldAsDone = support.isEmpty() && clauses.datedPast(trigger);
    // still the event word itself (or a conjunct of it): only there does a negated or denying
    // word above reach it; "did not provide the cause of death" says nothing of the death
    boolean itself = true;
    for (int depth = 0; depth < 6; depth++) {
      Token t = tree.token(cur);
      if (t.head() < 0) {
        break;
      }
      String rel = t.relation();
      Token h = tree.token(t.head());
      if (toldAsDone && !rel.equals("ccomp")) {
        break; // "escaped Monday": told as done, whatever the parse hangs it on
      }
      boolean ownClause = clauses.finite(cur) && !rel.equals("conj") && !rel.equals("xcomp");
      Optional<Factuality> f =
          clauses.adjunct(cur) ? Optional.empty() : governedBy(cur, rel, h, ownClause, itself);
      if (f.isEmpty() && rel.startsWith("nsubj") && t.pos().startsWith("NN")
          && (guessAboutThePast(h.index()) || conditionOnThePast(h.index()))) {
        break; // "the fire may have been arson": the guess is about its cause, the fire was real
      }
      if (f.isEmpty() && !ownClause && !rel.equals("conj") && !rel.equals("xcomp")
          && !rel.startsWith("nsubj") && h.pos().startsWith("VB") && negated(h.index())
          && !future(h.index())) {
        // "would not comment on the fire", "can't speak for the first death": the negation and
        // its modal are about the verb, the event in its object is given ("will not play in the
        // playoffs" keeps them planned; a subject, or an event under a negated noun as in "no
        // intention of invading", is left to the cues as before)
        break;
      }
      if (f.isEmpty() && !ownClause
          && !rel.equals("conj") && !rel.equals("ccomp") && !rel.equals("advcl")) {
        f = cueOn(h.index());
      }
      if (f.isPresent()) {
        return f.get();
      }
      if (ownClause) {
        break; // a clause with its own tense: the frame above it only counts if it governs it
      }
      boolean transparent = rel.equals("conj") || rel.equals("xcomp");
      itself &= rel.equals("conj");
      if (!transparent && (h.pos().startsWith("VB") || !passes(rel))) {
        break; // a governing verb that is no cue: the event stands as told
      }
      cur = h.index();
    }
    return Factuality.ASSERTED;
  }

  /**
   * What a governing word makes of the word {@code cur} it governs through {@code rel}; {@code
   * itself} says whether {@code cur} is the event word (or a conjunct of it), not a word above it.
   */
  private Optional<Factuality> governedBy(
      int cur, String rel, Token head, boolean finiteClause, boolean itself) {
    String hl = EventTriggers.lemma(head);
    boolean noun = head.pos().startsWith("NN");
    if (DENIAL_WORDS.contains(hl) && rel.equals("ccomp")
        || hl.equals("deny") && itself && rel.equals("obj") && !saying(cur)) {
      // "denied that they attacked", "denied the attack"; "denied the accusations" were made
      return Optional.of(Factuality.DENIED);
    }
    if (hl.equals("ahead") && (rel.startsWith("obl") || rel.startsWith("nmod"))) {
      return Optional.of(Factuality.PLANNED); // "ahead of a phone call"
    }
    if (negated(head.index()) && !rel.equals("conj") && !finiteClause) {
      // a negated verb denies the event noun it carries ("did not hold the meeting") or an
      // indefinite object in its scope ("has not scored a goal", "saw no progress"); a definite
      // object is presupposed to exist ("did not see the attack"), and an event named further
      // down its object is not in the scope at all ("did not provide the cause of death")
      // (a negated noun still reaches down its nouns: "no intention of invading", whatever the
      // parse hangs "invading" on)
      if (noun || itself && rel.equals("obj")
          && (EventLexicon.SUPPORT_VERBS.contains(hl) || !definite(cur))) {
        return Optional.of(Factuality.DENIED);
      }
      if (rel.equals("xcomp")) {
        return Optional.of(Factuality.HYPOTHETICAL);
      }
    }
    boolean complement = rel.equals("xcomp") || rel.equals("acl") || rel.equals("ccomp");
    if (complement && FAILURE_WORDS.contains(hl)) {
      return Optional.of(Factuality.DENIED);
    }
    if (complement && REQUEST_WORDS.contains(hl) && !hl.equals("order") && !hl.equals("instruct")) {
      return Optional.of(Factuality.HYPOTHETICAL);
    }
    if (complement && !noun && objectAmong(head.index())) {
      // "ignored requests to return its forces", "have the power to de-escalate": the parser
      // often hangs the complement on the verb rather than on the noun that governs it
      return Optional.of(Factuality.HYPOTHETICAL);
    }
    if (PLAN_WORDS.contains(hl) && complement
        || (hl.equals("expect") || hl.equals("schedule")) && rel.equals("nsubj:pass")) {
      return Optional.of(Factuality.PLANNED);
    }
    if (HYPOTHETICAL_WORDS.contains(hl) && !rel.startsWith("nsubj") && !rel.equals("conj")) {
      return Optional.of(Factuality.HYPOTHETICAL);
    }
    return Optional.empty();
  }

  /**
   * A modal with "have" on a predicate ("may have been arson", "could have been set by an
   * arsonist") guesses at what happened; the event its subject names is taken as given.
   */
  private boolean guessAboutThePast(int predicate) {
    boolean modal = false;
    boolean have = false;
    for (int c : tree.children(predicate)) {
      Token aux = tree.token(c);
      if (aux.relation().startsWith("aux")) {
        String l = EventTriggers.lemma(aux);
        modal |= EPISTEMIC_MODALS.contains(l) && !clauses.month(c);
        have |= l.equals("have");
      }
    }
    return modal && have;
  }

  /**
   * A past predicate under "if" ("if the fire was connected to the campaign") asks about an event
   * that happened; "if the invasion goes ahead" (present) stays a condition on the invasion.
   */
  private boolean conditionOnThePast(int predicate) {
    boolean condition = false;
    boolean past = tree.token(predicate).pos().equals("VBD");
    for (int c : tree.children(predicate)) {
      Token child = tree.token(c);
      String l = EventTriggers.lemma(child);
      condition |= child.relation().equals("mark") && l.equals("if");
      past |= child.relation().startsWith("aux") && child.pos().equals("VBD");
    }
    return condition && past;
  }

  /** A verb with "will" or "shall": "will not play". */
  private boolean future(int verb) {
    return tree.children(verb).stream()
        .map(tree::token)
        .anyMatch(c -> c.relation().startsWith("aux")
            && FUTURE_AUX.contains(EventTriggers.lemma(c)));
  }

  /** A noun with a definite or possessive determiner: "the attack", "their injuries". */
  private boolean definite(int noun) {
    for (int c : tree.children(noun)) {
      Token child = tree.token(c);
      if (child.relation().startsWith("nmod:poss") || child.relation().equals("det")
          && DEFINITE_DETERMINERS.contains(EventTriggers.lemma(child))) {
        return true;
      }
    }
    return false;
  }

  /** A noun whose first WordNet sense is one of communication: "accusations", "claims". */
  private boolean saying(int noun) {
    return WordNet.get()
        .amongFirstSenses(tree.token(noun).lemma(), WordNet.Pos.NOUN, 1, "noun.communication");
  }

  private boolean objectAmong(int verb) {
    for (int c : tree.children(verb)) {
      Token o = tree.token(c);
      String l = EventTriggers.lemma(o);
      if (o.relation().equals("obj") && (REQUEST_WORDS.contains(l) || HYPOTHETICAL_WORDS.contains(l))) {
        return true;
      }
    }
    return false;
  }

  /** Relations through which a governing noun's meaning reaches the event. */
  private static boolean passes(String relation) {
    return relation.startsWith("obj") || relation.startsWith("obl") || relation.startsWith("nmod")
        || relation.equals("acl") || relation.equals("nsubj:pass") || relation.equals("compound")
        || relation.equals("ccomp") || relation.equals("advcl") || relation.equals("amod");
  }

  /** A cue among the trigger's own dependents: "will meet", "if Moscow invades", "a possible …". */
  private Optional<Factuality> cueOn(int token) {
    for (int c : tree.children(token)) {
      Token child = tree.token(c);
      String l = EventTriggers.lemma(child);
      String r = child.relation();
      if (r.startsWith("aux") && FUTURE_AUX.contains(l)) {
        return Optional.of(Factuality.PLANNED);
      }
      boolean conditional = r.equals("advcl") && tree.children(c).stream()
          .anyMatch(m -> tree.token(m).relation().equals("mark")
              && Set.of("if", "unless").contains(EventTriggers.lemma(tree.token(m))));
      String pos = tree.token(token).pos();
      if (conditional && !pos.equals("VBD") && !pos.equals("VBN")) {
        return Optional.of(Factuality.HYPOTHETICAL); // "will impose sanctions if …", not "threatened … if"
      }
      if (r.startsWith("aux") && l.equals("would") && clauses.futureInThePast(token)) {
        return Optional.of(Factuality.PLANNED); // "announced that she would return"
      }
      if (r.startsWith("aux") && MODALS.contains(l) && !clauses.month(c)
          || r.equals("mark") && (l.equals("if") || l.equals("unless"))
          || r.equals("amod") && HYPOTHETICAL_WORDS.contains(l)) {
        return Optional.of(Factuality.HYPOTHETICAL);
      }
      if (r.equals("amod") && PLAN_WORDS.contains(l) || r.equals("case") && l.equals("ahead")) {
        return Optional.of(Factuality.PLANNED);
      }
    }
    return Optional.empty();
  }

  private boolean negated(int token) {
    for (int c : tree.children(token)) {
      Token child = tree.token(c);
      String r = child.relation();
      if ((r.equals("advmod") || r.equals("det") || r.equals("neg"))
          && NEGATIONS.contains(EventTriggers.lemma(child))) {
        return true;
      }
    }
    return false;
  }
}
