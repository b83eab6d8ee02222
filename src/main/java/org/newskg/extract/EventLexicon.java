package org.newskg.extract;

import static java.util.Map.entry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words of events: lemmas typed with the typology, nouns that name events, support verbs, and the
 * stem that relates a noun to its verb. General English (news style guides, CAMEO's verb
 * dictionary headings), not the wording of any one article.
 */
final class EventLexicon {
  private EventLexicon() {}

  private static final Map<String, EventType> TYPES = new HashMap<>();

  private static void type(EventType type, String... lemmas) {
    for (String l : lemmas) {
      TYPES.put(l, type);
    }
  }

  static {
    type(EventType.COMMUNICATION, "announce", "announcement", "respond",
        "response", "reply", "answer", "react", "reaction", "propose", "proposal", "declare",
        "declaration", "accuse", "accusation", "warn", "warning", "condemn", "condemnation",
        "criticize", "criticise", "criticism", "praise", "promise", "pledge", "vow", "appeal",
        "apologize", "apology", "speech", "feedback", "follow-up");
    type(EventType.DEMAND, "demand", "ultimatum", "request", "urge");
    type(EventType.REJECTION, "reject", "rejection", "refuse", "refusal", "dismiss", "veto",
        "snub", "rebuff");
    type(EventType.THREAT, "threaten", "threat");
    type(EventType.CONSULTATION, "consult", "consultation", "talk", "discuss", "discussion",
        "dialogue", "diplomacy", "visit", "exchange");
    type(EventType.MEETING, "meet", "meeting", "summit", "session", "conference", "gathering");
    type(EventType.PHONE_CALL, "phone", "telephone", "videoconference", "phone-call");
    type(EventType.NEGOTIATION, "negotiate", "negotiation", "mediate", "mediation", "bargain");
    type(EventType.MILITARY_MOVEMENT, "deploy", "deployment", "amass", "buildup", "build-up",
        "mobilize", "mobilise", "mobilization", "mobilisation", "withdraw", "withdrawal",
        "redeploy", "reinforce", "reinforcement", "incursion");
    type(EventType.SANCTION, "sanction", "embargo", "boycott", "blacklist");
    type(EventType.EVACUATION, "evacuate", "evacuation", "flee", "exodus");
    type(EventType.LEGAL_POLITICAL_ACT, "vote", "decree", "legislate", "ratify", "ratification",
        "ruling", "verdict", "sentence", "convict", "conviction", "indict", "indictment", "sue",
        "lawsuit", "appoint", "appointment", "nominate", "nomination", "resign", "resignation",
        "hire", "approve", "approval", "sign", "enact", "order", "charge", "prosecute",
        "prosecution", "acquit", "trial", "hearing");
    type(EventType.ARREST, "arrest", "detain", "detention", "apprehend", "capture", "custody");
    type(EventType.ELECTION, "election", "elect", "reelect", "re-elect", "referendum", "ballot");
    type(EventType.ATTACK, "attack", "assault", "bomb", "bombing", "shell", "shelling", "shoot",
        "shooting", "kill", "killing", "murder", "stab", "stabbing", "raid", "ambush", "fight",
        "fighting", "war", "clash", "cyberattack", "airstrike", "massacre", "assassinate",
        "assassination", "aggression", "gun");
    type(EventType.INVASION, "invade", "invasion", "occupy", "occupation", "annex", "annexation");
    type(EventType.DEATH, "die", "death", "dead", "decease");
    type(EventType.DISASTER, "earthquake", "quake", "tremor", "flood", "hurricane", "storm",
        "tornado", "tsunami", "wildfire", "blaze", "explosion", "explode", "crash", "accident",
        "collision", "eruption", "landslide", "avalanche", "fire");
  }

  /** Nouns that name happenings but have no type of their own in the typology. */
  static final Set<String> EVENT_NOUNS =
      Set.of(
          "event", "ceremony", "game", "match", "tournament", "championship", "race", "party",
          "concert", "festival", "crisis", "conflict", "investigation", "inquiry", "probe",
          "operation", "campaign", "protest", "demonstration", "riot", "rally", "injury",
          "surgery", "robbery", "heist", "theft", "burglary", "escape", "release", "rescue",
          "merger", "acquisition", "deal", "agreement", "award", "victory", "win", "defeat",
          "loss", "performance", "show", "interview", "trip", "tour", "flight", "launch",
          "celebration", "funeral", "wedding", "birth", "divorce", "collapse", "outbreak",
          "spike", "surge", "increase", "decline", "recession", "arson", "incident", "attempt",
          "delivery", "departure", "arrival", "return", "move", "decision", "discovery",
          "sale", "purchase", "transfer", "contract", "playoff", "score",
          "suspension", "ban", "firing", "dismissal", "layoff", "strike", "damage",
          "destruction", "closure", "shutdown", "outage", "breach", "hack", "leak", "scandal",
          "call", "request", "plan", "offer", "bid", "effort", "pressure", "round", "treatment", "piracy", "stint", "battle", "change", "cut", "patrol", "stoppage", "review",
          "help", "repair", "crime", "fraud", "abuse", "violence",
          "unrest", "blast", "trade", "signing", "resignation", "retirement", "debut", "statement",
          "vigil", "chase", "search", "stay", "emergency", "downtime", "disease", "suicide",
          "homicide", "manslaughter", "rampage", "aftershock", "stampede", "arraignment",
          "testimony", "bankruptcy", "pursuit", "shot", "suspicion", "dui", "dwi", "assault");

  /** Things, not happenings, though their verbs are events ("a bomb", "a gun"). */
  static final Set<String> NOT_EVENT_NOUNS = Set.of("bomb", "gun", "shell", "weapon");

  /** Adjectives that state an event's outcome ("found dead", "pleaded guilty"). */
  static final Set<String> EVENT_ADJECTIVES = Set.of("dead", "guilty", "injured", "wounded");

  /**
   * Verbs that carry an event noun without adding a typed event of their own: "held a meeting",
   * "delivered a response", "is set to have a phone call", "received a response".
   */
  static final Set<String> SUPPORT_VERBS =
      Set.of(
          "have", "hold", "give", "deliver", "send", "make", "take", "launch", "conduct", "carry",
          "stage", "receive", "submit", "hand", "issue", "mount", "host", "convene", "place",
          "impose", "level", "lodge", "file", "pay", "put", "reach", "strike", "open", "set",
          "catch", "commit");

  /**
   * Verbs that are glue rather than events: the copula and its kin, "have", "do", modals. Verbs of
   * state and perception ({@link #STATE_VERBS}) are events.
   */
  static final Set<String> NOT_EVENTS =
      Set.of("be", "have", "do", "seem", "appear", "let", "can", "will", "would", "may", "might",
          "must", "should", "shall", "could", "include");

  /** Words a military movement is made of: "moved troops", "sent forces", "massed tanks". */
  static final Set<String> MILITARY_NOUNS =
      Set.of("troop", "troops", "force", "forces", "soldier", "soldiers", "army", "military",
          "tank", "tanks", "weaponry", "weapon", "weapons", "battalion", "battalions", "unit",
          "units", "warship", "warships", "jet", "jets", "missile", "missiles", "equipment");

  /**
   * Verbs of state and perception: events (ECB+ and TimeML annotate them), but a report holds many
   * of them, so two are one act only when they have one agent, as verbs of saying.
   */
  static final Set<String> STATE_VERBS =
      Set.of("become", "remain", "continue", "use", "need", "want", "get", "see", "look", "know",
          "mean");

  /**
   * Verbs whose event is the act of saying itself ("said", "told", "added"): a report holds many,
   * and two are one act only when they have one speaker.
   */
  static final Set<String> SAYING_VERBS =
      Set.of("say", "tell", "add", "state", "note", "explain", "comment", "remark", "report",
          "stress", "reiterate", "insist", "write", "confirm", "announce", "reveal", "disclose");

  /** Verbs that make a military movement when they move military things. */
  static final Set<String> MOVE_VERBS =
      Set.of("move", "send", "mass", "gather", "push", "pull", "surge", "station", "position",
          "bring", "dispatch", "shift", "return", "concentrate", "build");

  /**
   * Nouns made from a verb, and words of one act, that WordNet's most frequent senses do not relate
   * (its first sense of "response" is a reaction, of "loss" a decrease, of "flight" a trip by
   * plane; "theft", "sale", "victory" have no verb; "quake" and "earthquake" are only nouns). The
   * nouns WordNet derives from a verb in their first sense ("collision", "death", "robbery",
   * "invasion") are left to {@link EventSenses#verbOf}. Arson is not here: it is the crime of
   * setting a fire (reported with its suspects and charges), not the fire itself.
   */
  private static final Map<String, String> DERIVED =
      Map.ofEntries(
          entry("dead", "die"), entry("response", "respond"), entry("answer", "respond"),
          entry("reply", "respond"), entry("feedback", "respond"), entry("follow-up", "respond"),
          entry("theft", "steal"), entry("heist", "rob"), entry("loss", "lose"),
          entry("victory", "win"), entry("sale", "sell"), entry("quake", "earthquake"),
          entry("tremor", "earthquake"), entry("amass", "mass"), entry("flight", "fly"),
          entry("talk", "talk"), entry("discussion", "talk"), entry("discuss", "talk"),
          entry("murder", "kill"), entry("threat", "threaten"), entry("summit", "meet"),
          entry("session", "meet"), entry("gun", "shoot"), entry("blaze", "fire"),
          // the charge names the act: driving under the influence, driving while intoxicated
          entry("dui", "drive"), entry("dwi", "drive"),
          // a news "accident" is most often the crash itself; WordNet files crash under it
          entry("accident", "crash"),
          // talks held to reach an agreement, reported as either
          entry("negotiate", "talk"), entry("negotiation", "talk"));

  /**
   * Verbs that name one kind of act in everyday news English (a thesaurus's closest synonyms),
   * each mapped to the group's first word: one outlet writes "detained", another "arrested".
   * Only words with one dominant news sense are listed, so that the group stays one kind of act;
   * groups whose words share WordNet's first sense ("fix", "mend", "repair"; "wound", "injure")
   * are left to {@link EventSenses#of}. A killing and the death it causes are one happening told from the killer's or the victim's
   * side ("gunmen killed three" / "three died"), as a win and a defeat are one game; so are an
   * execution (WordNet's first sense of "execute" is to put to death) and a suicide; agents and
   * times still keep two killings apart.
   */
  private static final Map<String, String> SYNONYMS = synonyms(
      List.of("arrest", "apprehend", "nab", "detain", "capture"),
      List.of("die", "kill", "slay", "assassinate", "execute", "suicide"),
      List.of("flee", "escape"),
      List.of("steal", "snatch", "pilfer"),
      List.of("strike", "hit", "jolt", "rock"),
      List.of("find", "discover"),
      List.of("foil", "thwart"),
      List.of("win", "beat", "defeat"),
      List.of("sever", "cut"),
      List.of("destroy", "devastate"));

  @SafeVarargs
  private static Map<String, String> synonyms(List<String>... groups) {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : groups) {
      g.forEach(w -> out.put(w, g.get(0)));
    }
    return Map.copyOf(out);
  }

  static java.util.Optional<EventType> type(String lemma) {
    return java.util.Optional.ofNullable(TYPES.get(lemma.toLowerCase(Locale.ROOT)));
  }

  private static final java.util.regex.Pattern NOMINALISATION =
      java.util.regex.Pattern.compile(".{3,}(tion|sion|ment|al|ure)");

  /** Whether a noun has the form of one made from a verb ("investigation", "appearance"). */
  static boolean isNominalisation(String lemma) {
    return NOMINALISATION.matcher(lemma).matches();
  }

  static boolean isEventNoun(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return (TYPES.containsKey(l) || EVENT_NOUNS.contains(l)) && !NOT_EVENT_NOUNS.contains(l);
  }

  /**
   * The stem two mentions of one kind of event share: derived nouns map to their verb (from the
   * table above, else from WordNet: "collision" gives "collide"), close synonyms to their group's
   * word, then suffixes (-ing, -ment, -ation, -ion, -age, -al, -ure) and a final e are removed
   * ("evacuation" and "evacuate" give "evacu", "shooting" and "shoot" give "shoot").
   */
  static String key(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    String d = DERIVED.get(l);
    if (d != null) {
      l = d;
    } else {
      l = EventSenses.verbOf(l).orElse(l);
    }
    l = SYNONYMS.getOrDefault(l, l);
    String s = l;
    if (s.endsWith("ing") && s.length() > 5) {
      s = undouble(s.substring(0, s.length() - 3));
    } else if (s.endsWith("ment") && s.length() > 7) {
      s = s.substring(0, s.length() - 4);
    } else if (s.endsWith("ation") && s.length() > 7) {
      s = s.substring(0, s.length() - 5);
    } else if (s.endsWith("ate") && s.length() > 6) {
      s = s.substring(0, s.length() - 3);
    } else if (s.endsWith("ion") && s.length() > 6) {
      s = s.substring(0, s.length() - 3);
    } else if (s.endsWith("age") && s.length() > 6) { // "stoppage", "blockage", "leakage"
      s = undouble(s.substring(0, s.length() - 3));
    } else if ((s.endsWith("al") || s.endsWith("ure")) && s.length() > 7) {
      s = s.substring(0, s.length() - (s.endsWith("al") ? 2 : 3));
    }
    if (s.endsWith("e") && s.length() > 3) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? l : s;
  }

  /**
   * Everything by which a mention of this word meets mentions of the same kind of act: its stem
   * {@link #key} and the WordNet synsets of its first sense ("put" and "place" share one). Two
   * mentions are compared when their keys meet.
   */
  static Set<String> keys(String lemma) {
    Set<String> out = new HashSet<>(EventSenses.of(lemma));
    out.add(key(lemma));
    return Set.copyOf(out);
  }

  private static String undouble(String s) {
    int n = s.length();
    if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }
}
