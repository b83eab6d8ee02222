package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Finds the words that name events: verbs (not auxiliaries, copulas or verbs of saying), nouns of
 * events ("the response", "the meeting", "a phone call", "the buildup", "the shooting") and
 * "dead". A support verb with an event noun as object ("delivered a response", "have a phone
 * call") is the noun event's support, and a mention of no type of its own (ECB+ annotates it as
 * an event too), so it never makes a typed event of the article graph.
 */
final class EventTriggers {
  /**
   * One trigger: a token, its lemma (lower case; the common noun of a capitalised one, "Playoffs"
   * as "playoff"), the support verb that carries it, its type, its stem key and the WordNet senses
   * of its word (of the act a phrasal verb names, "passed away" as "die").
   */
  record Trigger(
      int token,
      String lemma,
      Optional<Integer> support,
      Optional<EventType> type,
      String key,
      Set<String> senses) {}

  private static final Set<String> NOT_EVENT_ING =
      Set.of("building", "morning", "evening", "thing", "ceiling", "king", "ring", "spring",
          "string", "wing", "feeling", "nothing", "something", "anything", "everything", "during",
          "funding", "housing", "clothing", "warning", "meaning", "setting", "saying", "timing",
          "understanding", "finding", "ending", "beginning", "wording", "briefing", "opening");

  private final DependencyTree tree;
  /** Keys of the verbs the article uses, for nominalisations of them. */
  private final Set<String> verbKeys = new java.util.HashSet<>();
  private final List<Zone> zones;
  private final Optional<String> publisher;
  private final PhrasalVerbs phrasal;
  private final TitleCaseNouns titleCase;
  private final NameWords names;
  private final VerbIdioms idioms;
  private final HeadlineVerbs headlineVerbs;

  /**
   * @param publisher the article's publisher: a line that begins with its name is a masthead
   *     ("The Washington PostDemocracy Dies in Darkness"), not news
   */
  EventTriggers(DependencyTree tree, List<Zone> zones, Optional<String> publisher) {
    this.tree = tree;
    this.phrasal = new PhrasalVerbs(tree);
    this.titleCase = new TitleCaseNouns(tree);
    this.names = new NameWords(tree.analysis(), titleCase);
    this.idioms = new VerbIdioms(tree);
    this.headlineVerbs = new HeadlineVerbs(tree, titleCase);
    this.zones = zones;
    this.publisher = publisher.filter(p -> p.length() > 3);
    for (Token t : tree.analysis().tokens()) {
      if (t.pos().startsWith("VB") && !t.relation().startsWith("aux")) {
        verbKeys.add(EventLexicon.key(lemma(t)));
      }
    }
  }

  List<Trigger> find() {
    List<Trigger> out = new ArrayList<>();
    for (Token t : tree.analysis().tokens()) {
      if (inZone(t)) {
        continue;
      }
      boolean capitalised = titleCase.isCommonNoun(t);
      String lemma = capitalised ? TitleCaseNouns.lemma(t) : lemma(t);
      if (names.isNameWord(t) && !NamedEvents.isNamedEvent(t, tree)) {
        continue; // "Breaking" in a film's title names no act
      }
      if (t.index() + 1 < tree.analysis().tokens().size()
          && CompoundNouns.opensCompoundOfNoAct(t, tree.token(t.index() + 1))
          || idioms.isObjectOfIdiom(t)
          || inHyphenatedModifier(t)
          || laterConjunctInOneName(t)) {
        continue;
      }
      if (isVerbTrigger(t, lemma)) {
        String act = phrasal.act(t.index()).orElse(lemma);
        Optional<VerbIdioms.Idiom> idiom = idioms.of(t.index());
        Optional<EventType> type = idiom.isPresent()
            ? nounType(idiom.get().object(), lemma(idiom.get().object()))
            : supports(t, lemma) ? Optional.empty() : verbType(t, lemma);
        Set<String> senses = new HashSet<>(EventSenses.of(act));
        idiom.ifPresent(i -> senses.addAll(EventSenses.of(i.phrase())));
        out.add(new Trigger(t.index(), lemma, Optional.empty(), type, EventLexicon.key(act),
            senses));
      } else if (isNounTrigger(t, lemma, capitalised)) {
        out.add(new Trigger(t.index(), lemma, support(t), nounType(t, lemma),
            EventLexicon.key(lemma), EventSenses.of(lemma)));
      } else if (headlineVerbs.verbOf(t).isPresent()) {
        out.add(headlineVerb(t, headlineVerbs.verbOf(t).get()));
      } else if (NamedEvents.isNamedEvent(t, tree)) {
        out.add(new Trigger(t.index(), lemma, Optional.empty(), Optional.empty(),
            NamedEvents.key(t), Set.of()));
      } else if (t.pos().startsWith("JJ") && EventLexicon.EVENT_ADJECTIVES.contains(lemma)) {
        out.add(new Trigger(t.index(), lemma, Optional.empty(),
            lemma.equals("dead") ? Optional.of(EventType.DEATH) : Optional.empty(),
            EventLexicon.key(lemma), EventSenses.of(lemma)));
      }
    }
    return out;
  }

  /**
   * A headline word tagged as a noun that stands for a verb of the running text ("Checks" in
   * "Singer Checks Into Clinic"), as that verb: its lemma, type and act.
   */
  private Trigger headlineVerb(Token t, Token verb) {
    String lemma = lemma(verb);
    String act = phrasal.act(verb.index()).orElse(lemma);
    return new Trigger(t.index(), lemma, Optional.empty(), verbType(t, lemma),
        EventLexicon.key(act), EventSenses.of(act));
  }

  /**
   * Whether a trigger modifies a noun: a participle in adjective position ("injured" in "the
   * injured player") or a common noun modifier ("murder" in "a murder trial"). A participle of a
   * verb of saying still names the act of reporting ("the reported theft"), so it is not counted.
   */
  static boolean modifiesNoun(Token t) {
    if (t.pos().startsWith("VB")) {
      return t.relation().equals("amod") && !EventLexicon.SAYING_VERBS.contains(lemma(t));
    }
    return (t.pos().equals("NN") || t.pos().equals("NNS")) && t.relation().equals("compound");
  }

  static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  private boolean isVerbTrigger(Token t, String lemma) {
    return t.pos().startsWith("VB")
        && !t.relation().startsWith("aux")
        && !t.relation().equals("cop")
        && !t.relation().equals("case") // "according to"
        && !t.relation().equals("mark") // "following"
        && !t.ner().equals("TITLE") // a job title tagged as a verb: "defensive tackle", "head coach"
        && !EventLexicon.NOT_EVENTS.contains(lemma);
  }

  /** Whether a verb is the support of an event noun it has as object ("held talks"). */
  private boolean supports(Token verb, String lemma) {
    return EventLexicon.SUPPORT_VERBS.contains(lemma) && supportedNoun(verb.index()).isPresent();
  }

  /**
   * @param capitalised a proper-noun tag that {@link TitleCaseNouns} reads as a common noun
   */
  private boolean isNounTrigger(Token t, String lemma, boolean capitalised) {
    if (!t.pos().equals("NN") && !t.pos().equals("NNS") && !capitalised) {
      return false;
    }
    if (t.relation().equals("amod")) {
      return false; // "ruling" in "the ruling emir"
    }
    if (t.relation().equals("compound")) {
      // "earthquake victims" names an earthquake, "a murder trial" a murder and a trial; "phone"
      // in "phone call" is part of the call's name (one event of one type), and "veto-wielding"
      // is a description. A modifier must be a noun of the lexicon: one that is an event only by
      // its WordNet senses is mostly a kind of thing ("a hit song", "a career high"; on the odd
      // ECB+ topics 21 of 39 such modifiers matched no gold event), or the "-ing" form of a verb,
      // which names the verb's act ("a slaying suspect", "a drinking problem")
      Token head = tree.token(t.head());
      return (EventLexicon.isEventNoun(lemma) || isIngNoun(lemma) && EventSenses.isGerund(lemma))
          && !sameEvent(lemma, head)
          && !head.ner().equals("TITLE") // "the ruling emir"
          && !nextIsHyphen(t);
    }
    if (isEventNoun(lemma)) {
      return true;
    }
    if (EventSenses.mayNameEvent(lemma) && hasPossessor(t)) {
      return true; // "her addiction", "his exit", "the team's start"; not "a flaw", "the exit"
    }
    // A noun made from a verb the article also uses names that act again ("investigated" …
    // "the investigation"); without the verb beside it, "government" or "station" would pass.
    if (EventLexicon.isNominalisation(lemma) && verbKeys.contains(EventLexicon.key(lemma))) {
      return true;
    }
    return isIngNoun(lemma);
  }

  /**
   * Whether a possessive makes the noun someone's ("her", "Moss's", "the team's"): what a person
   * or a body does or goes through is told so ("his exit", "her addiction"), while a thing's
   * part or place mostly goes without one ("the exit", "a flaw in the software").
   */
  private boolean hasPossessor(Token t) {
    return tree.children(t.index()).stream()
        .anyMatch(c -> tree.token(c).relation().equals("nmod:poss"));
  }

  private static boolean isIngNoun(String lemma) {
    return lemma.endsWith("ing") && lemma.length() > 5 && !NOT_EVENT_ING.contains(lemma);
  }

  /**
   * A noun of the lexicon, one whose most frequent WordNet senses are acts ("rescue"), or a
   * feeling ("anger", "outrage").
   */
  private static boolean isEventNoun(String lemma) {
    return EventLexicon.isEventNoun(lemma)
        || !EventLexicon.NOT_EVENT_NOUNS.contains(lemma) && EventSenses.namesAct(lemma)
        || EventSenses.namesFeeling(lemma);
  }

  /**
   * Whether a noun modifier names the same event as its head, an event noun of the lexicon: it has
   * the head's type ("phone call", "summit meeting").
   */
  private boolean sameEvent(String modifier, Token head) {
    String h = lemma(head);
    if (!EventLexicon.isEventNoun(h)) {
      return false;
    }
    Optional<EventType> type = EventLexicon.type(modifier);
    return type.isPresent() && type.equals(nounType(head, h));
  }

  private boolean nextIsHyphen(Token t) {
    int next = t.index() + 1;
    return next < tree.analysis().tokens().size()
        && tree.token(next).begin() == t.end()
        && tree.token(next).word().startsWith("-");
  }

  /**
   * Whether a word is a later conjunct inside one multi-word mention of a kind of act ("run" in "a
   * hit and run", which CoreNLP's rules tag as one cause of death, its "and" included): the coordination
   * names one act, found at its first word, not two. The tag, not the parse, decides, since the
   * parser often joins such a "run" to the clause's verb.
   */
  private boolean laterConjunctInOneName(Token t) {
    int i = t.index();
    if (!t.relation().equals("conj") || !TitleCaseNouns.ACT_CLASSES.contains(t.ner()) || i < 2) {
      return false;
    }
    Token cc = tree.token(i - 1);
    Token first = tree.token(i - 2);
    return cc.pos().equals("CC") && cc.ner().equals(t.ner()) && first.ner().equals(t.ner())
        && first.sentence() == t.sentence();
  }

  /**
   * Whether a word is a later part of a hyphenated compound before a noun ("run" in "a
   * hit-and-run driver", "ordered" in "a court-ordered test", written "hit - and - run" in
   * tokenised text): such a compound describes the noun as one adjective does, and names no event
   * of its own.
   */
  private boolean inHyphenatedModifier(Token t) {
    int i = t.index();
    if (i < 2 || i + 1 >= tree.analysis().tokens().size()) {
      return false;
    }
    Token next = tree.token(i + 1);
    return tree.token(i - 1).pos().equals("HYPH")
        && Character.isLetterOrDigit(tree.token(i - 2).word().charAt(0))
        && next.sentence() == t.sentence()
        && next.pos().startsWith("NN");
  }

  /** The event noun a support verb carries as its object, if any. */
  private Optional<Integer> supportedNoun(int verb) {
    for (int c : tree.children(verb)) {
      Token child = tree.token(c);
      if (child.relation().equals("obj") && child.pos().startsWith("NN")
          && EventLexicon.isEventNoun(lemma(child))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The support verb whose object this event noun is ("held talks", "have a phone call"). */
  private Optional<Integer> support(Token noun) {
    if (noun.head() < 0 || !noun.relation().equals("obj")) {
      return Optional.empty();
    }
    Token head = tree.token(noun.head());
    return EventLexicon.SUPPORT_VERBS.contains(lemma(head)) && head.pos().startsWith("VB")
        ? Optional.of(head.index())
        : Optional.empty();
  }

  private Optional<EventType> verbType(Token t, String lemma) {
    if (EventLexicon.MOVE_VERBS.contains(lemma) && movesMilitary(t.index())) {
      return Optional.of(EventType.MILITARY_MOVEMENT);
    }
    if (lemma.equals("call")) {
      return tree.children(t.index()).stream()
              .anyMatch(c -> tree.token(c).relation().startsWith("obl") && hasCase(c, "for"))
          ? Optional.of(EventType.DEMAND)
          : Optional.empty();
    }
    if (lemma.equals("fire") || lemma.equals("strike") || lemma.equals("deliver")) {
      return Optional.empty();
    }
    boolean speaks = tree.children(t.index()).stream()
        .anyMatch(c -> tree.token(c).relation().equals("ccomp")
            || tree.token(c).relation().equals("compound:prt") && lemma(tree.token(c)).equals("back"));
    if (speaks && EventLexicon.type(lemma).orElse(null) == EventType.ATTACK) {
      return Optional.empty(); // "shot back that …" is speech, not shooting
    }
    return EventLexicon.type(lemma);
  }

  private Optional<EventType> nounType(Token t, String lemma) {
    if (lemma.equals("call")) {
      for (int c : tree.children(t.index())) {
        Token child = tree.token(c);
        String cl = lemma(child);
        if (child.relation().equals("compound") && EventLexicon.type(cl).orElse(null) == EventType.PHONE_CALL) {
          return Optional.of(EventType.PHONE_CALL);
        }
        if (child.relation().equals("acl") || child.relation().startsWith("nmod") && hasCase(c, "for")) {
          return Optional.of(EventType.DEMAND);
        }
      }
      return Optional.empty();
    }
    if (lemma.equals("fire") && t.head() >= 0 && lemma(tree.token(t.head())).equals("open")) {
      return Optional.of(EventType.ATTACK);
    }
    return EventLexicon.type(lemma);
  }

  private boolean movesMilitary(int verb) {
    for (int c : tree.children(verb)) {
      String r = tree.token(c).relation();
      if ((r.equals("obj") || r.startsWith("nsubj"))
          && EventLexicon.MILITARY_NOUNS.contains(lemma(tree.token(c)))) {
        return true;
      }
    }
    return false;
  }

  boolean hasCase(int token, String word) {
    return tree.children(token).stream()
        .anyMatch(c -> tree.token(c).relation().equals("case") && lemma(tree.token(c)).equals(word));
  }

  private boolean inZone(Token t) {
    Span s = new Span(t.begin(), t.end());
    if (zones.stream().anyMatch(z -> z.span().contains(s))) {
      return true;
    }
    if (publisher.isEmpty()) {
      return false;
    }
    String text = tree.analysis().text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, t.begin() - 1)) + 1;
    return text.startsWith(publisher.get(), lineStart)
        || text.startsWith("The " + publisher.get(), lineStart);
  }
}
