package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Participants, roles and place of an event from the dependency parse: the subject acts, the
 * object or "to"/"against"/"with" phrase receives, the passive subject undergoes; a noun's
 * possessor, nationality or proper-noun modifier acts ("Russia's response", "a Russian
 * invasion"); a support verb lends its subject ("Russia delivered a response"). A place is an "in",
 * "at", "near" or "along" phrase naming a place.
 */
final class EventArguments {
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "along", "inside");
  private static final Set<String> RECIPIENT_CASES =
      Set.of("to", "toward", "towards", "against", "on", "with", "at");

  /** What the parse gives: participants, events it is about, and the place. */
  record Found(List<Participant> participants, List<Integer> themeTokens, Optional<String> place) {}

  private final DependencyTree tree;
  private final EntityIndex entities;

  EventArguments(DependencyTree tree, EntityIndex entities) {
    this.tree = tree;
    this.entities = entities;
  }

  Found find(EventTriggers.Trigger trigger, Set<Integer> triggerTokens) {
    Set<Participant> out = new LinkedHashSet<>();
    List<Integer> themes = new ArrayList<>();
    String[] place = {null};
    int t = trigger.token();
    Optional<EventType> type = trigger.type();
    boolean undergoer = type.filter(x -> x == EventType.DEATH || x == EventType.DISASTER
        || x == EventType.ARREST || x == EventType.EVACUATION).isPresent();
    boolean isVerb = tree.token(t).pos().startsWith("VB");
    for (int c : tree.children(t)) {
      String r = tree.token(c).relation();
      if (isVerb && (r.equals("nsubj") || r.equals("obl:agent"))) {
        add(out, c, undergoer && r.equals("nsubj") ? EventRole.THEME : EventRole.AGENT);
      } else if (r.equals("nsubj:pass") || r.equals("obj") && undergoer) {
        add(out, c, EventRole.THEME);
      } else if (r.equals("obj") || r.equals("iobj")) {
        add(out, c, directed(type) || r.equals("iobj") ? EventRole.RECIPIENT : EventRole.THEME);
      } else if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) {
        if (!isVerb) {
          add(out, c, EventRole.AGENT);
        }
      } else if (r.startsWith("obl") || r.startsWith("nmod")) {
        oblique(out, place, c, type, false);
      }
      if (triggerTokens.contains(c) && !r.startsWith("nsubj")) {
        themes.add(c);
      }
    }
    if (isVerb && out.stream().noneMatch(p -> p.role() == EventRole.AGENT) && !undergoer) {
      controller(t).ifPresent(s -> add(out, s, EventRole.AGENT));
    }
    trigger.support().ifPresent(s -> fromSupport(out, place, s, type));
    return new Found(List.copyOf(out), themes, Optional.ofNullable(place[0]));
  }

  private void fromSupport(Set<Participant> out, String[] place, int s, Optional<EventType> type) {
    boolean receive = EventTriggers.lemma(tree.token(s)).equals("receive");
    Optional<Integer> subject = tree.child(s, "nsubj").or(() -> controller(s));
    subject.ifPresent(x -> add(out, x, receive ? EventRole.RECIPIENT : EventRole.AGENT));
    for (int c : tree.children(s)) {
      String r = tree.token(c).relation();
      if (r.startsWith("obl")) {
        oblique(out, place, c, type, receive);
      } else if (r.equals("iobj")) {
        add(out, c, EventRole.RECIPIENT);
      }
    }
  }

  private void oblique(
      Set<Participant> out, String[] place, int c, Optional<EventType> type, boolean receive) {
    String prep = caseOf(c);
    if (PLACE_CASES.contains(prep)) {
      Optional<Entity> e = entityNear(c).filter(x -> x.type() == EntityType.PLACE);
      if (e.isPresent()) {
        if (place[0] == null) {
          place[0] = e.get().key();
        }
        return;
      }
    }
    switch (prep) {
      case "by" -> add(out, c, EventRole.AGENT);
      case "from" -> add(out, c, receive || isCommunication(type) ? EventRole.AGENT : EventRole.PARTICIPANT);
      case "between", "among" -> add(out, c, EventRole.PARTICIPANT);
      case "of" -> add(out, c, directed(type) ? EventRole.RECIPIENT
          : type.filter(EventType.MEETING::equals).isPresent() ? EventRole.PARTICIPANT : EventRole.THEME);
      case "with" -> {
        if (consultation(type)) {
          add(out, c, EventRole.RECIPIENT);
        }
      }
      default -> {
        if (RECIPIENT_CASES.contains(prep) && !prep.equals("at")) {
          add(out, c, EventRole.RECIPIENT);
        }
      }
    }
  }

  private static boolean consultation(Optional<EventType> type) {
    return type.filter(t -> t == EventType.CONSULTATION || t.parent().orElse(null) == EventType.CONSULTATION).isPresent();
  }

  private static boolean isCommunication(Optional<EventType> type) {
    return type.filter(t -> t == EventType.COMMUNICATION || t.parent().orElse(null) == EventType.COMMUNICATION).isPresent();
  }

  /** Types aimed at someone: their object is the one met, called, threatened, attacked. */
  private static boolean directed(Optional<EventType> type) {
    return type.filter(t -> switch (t) {
      case THREAT, MEETING, PHONE_CALL, CONSULTATION, NEGOTIATION, ATTACK, INVASION, SANCTION,
          DEMAND -> true;
      default -> false;
    }).isPresent();
  }

  /** The subject of the verb this one is an open complement or conjunct of ("set to have"). */
  private Optional<Integer> controller(int verb) {
    int cur = verb;
    for (int guard = 0; guard < 4; guard++) {
      Token v = tree.token(cur);
      if (v.head() < 0 || !(v.relation().equals("xcomp") || v.relation().equals("conj"))) {
        return Optional.empty();
      }
      cur = v.head();
      Optional<Integer> s = tree.child(cur, "nsubj");
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /**
   * Adds the entity of {@code token} and of its conjuncts. What acts or is addressed may be named
   * by a modifier ("the Russian government", "U.S. officials"); a theme must be the entity itself
   * ("return its forces" is not about "it").
   */
  private void add(Set<Participant> out, int token, EventRole role) {
    boolean near = role != EventRole.THEME;
    (near ? entityNear(token) : entities.at(token))
        .ifPresent(e -> out.add(new Participant(e.key(), role)));
    for (int c : tree.children(token)) {
      if (tree.token(c).relation().equals("conj")) {
        (near ? entityNear(c) : entities.at(c))
            .ifPresent(e -> out.add(new Participant(e.key(), role)));
      }
    }
  }

  /**
   * The entity of a token, or of the name, possessor or nationality that modifies it, or the
   * name in apposition ("the ruling emir of Qatar, Sheikh Hamad …" gives the emir).
   */
  private Optional<Entity> entityNear(int token) {
    Optional<Entity> own = entities.at(token);
    if (own.isPresent()) {
      return own;
    }
    for (int c : tree.children(token)) {
      if (tree.token(c).relation().startsWith("nmod") && !tree.token(c).relation().equals("nmod:poss")) {
        for (int cc : tree.children(c)) {
          if (tree.token(cc).relation().equals("appos") && entities.at(cc).isPresent()) {
            return entities.at(cc);
          }
        }
      }
    }
    for (int c : tree.children(token)) {
      String r = tree.token(c).relation();
      if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.equals("appos")) {
        Optional<Entity> e = entities.at(c);
        if (e.isPresent()) {
          return e;
        }
        for (int cc : tree.children(c)) {
          if (tree.token(cc).relation().equals("conj") || r.equals("appos")) {
            Optional<Entity> ce = entities.at(cc);
            if (ce.isPresent()) {
              return ce;
            }
          }
        }
      }
    }
    for (int c : tree.children(token)) {
      // "the foreign ministers of Brazil": a people noun named by its "of" phrase
      if (tree.token(c).relation().equals("nmod") && caseOf(c).equals("of")) {
        Optional<Entity> e = entities.at(c);
        if (e.isPresent()) {
          return e;
        }
      }
    }
    return Optional.empty();
  }

  private String caseOf(int token) {
    for (int c : tree.children(token)) {
      if (tree.token(c).relation().equals("case")) {
        return EventTriggers.lemma(tree.token(c));
      }
    }
    return "";
  }
}
