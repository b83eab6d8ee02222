package org.newskg.extract;

import java.util.Set;

/**
 * Words of reporting: verbs that attribute words to a speaker, nouns for documents that "say"
 * things on their author's behalf, and nouns for people described by their function. General
 * English, gathered from style guides and attribution studies, not from any one article.
 */
final class CueLexicon {
  private CueLexicon() {}

  /** Verbs that introduce what someone said, quoted or reported. */
  static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "tell", "add", "deny", "accuse", "confirm", "claim", "state", "announce", "warn",
          "insist", "argue", "note", "describe", "dismiss", "suggest", "report", "explain",
          "stress", "reiterate", "indicate", "acknowledge", "admit", "assert", "declare", "urge",
          "threaten", "write", "ask", "reply", "respond", "counter", "predict", "promise", "vow",
          "allege", "contend", "maintain", "caution", "emphasize", "emphasise", "complain",
          "recall", "conclude", "observe", "remark", "comment", "testify", "tweet", "post",
          "call", "charge", "concede", "disclose", "reveal", "brand", "label", "question",
          "demand", "pledge", "signal", "estimate", "shout", "joke", "quip", "agree", "believe",
          "think", "hope", "fear", "worry", "boast", "plead", "lament", "repeat",
          "continue", "shoot", "fire", "hit", "snap", "retort", "assure", "advise", "cite",
          "propose", "recommend", "order", "instruct", "speculate", "theorize", "theorise",
          "mention", "recount", "affirm", "proclaim", "surmise", "hint");

  /**
   * Verbs that need a quotation (not a reported clause) to count as speech: "the statement
   * continued", "she shot back", "he hit back".
   */
  static final Set<String> QUOTE_ONLY_VERBS =
      Set.of("continue", "shoot", "fire", "hit", "snap", "retort", "joke", "quip", "shout");

  /**
   * Verbs of speaking that attribute a direct quotation standing next to them or governed by them
   * ("the city reasoned, “…”", "she whispered: “…”") but are too loose to mark reported speech
   * ("the court reasoned that …" is an argument, not a quotation). Levin's verbs of communication
   * (say, manner of speaking, complain, advise, transfer of message) and their kin.
   */
  static final Set<String> QUOTING_VERBS =
      Set.of(
          "reason", "elaborate", "clarify", "summarize", "summarise", 
          "exclaim", "profess", "swear", "confide", "divulge", "relate",
          "muse", "wonder", "ponder", "posit", "opine",
          "inquire", "enquire", "query", "object", "protest", "rebut", "refute", "contradict",
          "chime", "interject", "begin", "start", "go", "finish", "sum", "whisper", "murmur",
          "mutter", "mumble", "yell", "scream", "cry", "sob", "laugh", "sigh", "grumble", "groan",
          "moan", "gripe", "beg", "implore", "inform", "bellow", "roar", "growl", "snarl", "hiss",
          "stammer", "stutter", "gush", "rave", "enthuse", "marvel", "exult", "crow", "brag",
          "gloat", "rejoin", "riposte", "chide", "scold", "apologize", "apologise", "confess",
          "reassure", "alert", "forecast", "guess", "hypothesize", "hypothesise",
          "blog", "text", "message", "pen", "editorialize", "wail", "venture");

  /**
   * Verbs of naming (Levin's "dub" and "characterize" verbs): the phrase they take as object in
   * quotation marks is the namer's wording ("described his “outstanding loyalty”"), even after a
   * possessive, which otherwise marks a term ("its “open door policy”").
   */
  static final Set<String> NAMING_VERBS =
      Set.of("describe", "call", "dub", "term", "label", "brand", "characterize", "characterise");

  /**
   * Verbs of belief and feeling ("believe", "think", "hope", "fear", "worry"): they may introduce a
   * quotation ("“…,” he thinks") but a clause they govern is what someone holds, not what they
   * said ("a teacher thought it was a bomb"), so they report no speech.
   */
  static final Set<String> BELIEF_VERBS = Set.of("believe", "think", "hope", "fear", "worry");

  /** Things that carry someone's words: "the statement continued", "the letter said". */
  static final Set<String> DOCUMENT_NOUNS =
      Set.of(
          "statement", "letter", "release", "report", "email", "e-mail", "memo", "post",
          "tweet", "note", "message", "communique", "document", "filing", "transcript",
          "readout", "announcement", "notice", "advisory", "response", "reply");

  /**
   * Documents whose possessor is what they are about, not who wrote them: "her biography said" is
   * the biography speaking, not her.
   */
  static final Set<String> DOCUMENTS_ABOUT_POSSESSOR =
      Set.of("biography", "bio", "obituary", "profile", "record", "file", "dossier", "autopsy");

  /** Nouns naming a person by function: a speaker described by these is an anonymous source. */
  static final Set<String> PERSON_NOUNS =
      Set.of(
          "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
          "source", "sources", "diplomat", "diplomats", "aide", "aides", "officer", "officers",
          "minister", "ambassador", "envoy", "secretary", "adviser", "advisor", "analyst",
          "analysts", "expert", "experts", "person", "people", "witness", "witnesses",
          "resident", "residents", "lawmaker", "lawmakers", "senator", "representative",
          "negotiator", "negotiators", "staffer", "insider", "executive", "president",
          "director", "leader", "commander", "general", "member", "members", "employee",
          "worker", "investigator", "investigators", "prosecutor", "lawyer",
          "attorney", "doctor", "scientist", "researcher", "economist", "activist", "protester",
          "observer", "observers", "authorities", "poster", "blogger", "user", "commenter",
          "writer", "author", "reporter", "journalist", "editor", "columnist", "correspondent",
          "coach", "player", "teacher", "student", "parent", "victim", "survivor", "neighbor",
          "neighbour", "friend", "relative", "owner", "manager", "chief", "head", "chairman",
          "chairwoman", "chair", "founder", "ceo", "mayor", "governor", "judge", "individual",
          "individuals", "father", "mother", "son", "daughter", "husband", "wife", "brother",
          "sister", "uncle", "aunt", "cousin", "citizen", "participant", "organizer",
          "organiser", "critic", "supporter", "opponent", "fan", "customer", "patient",
          "visitor", "passenger", "nurse", "physician", "professor", "academic", "historian",
          "consultant", "strategist", "pollster", "candidate", "voter", "farmer", "trader",
          "broker", "banker", "investor", "cop", "cops", "respondent", "respondents",
          "family", "families", "neighbors", "neighbours", "rep", "publicist", "agent");

  static boolean isSpeechVerb(String lemma) {
    return SPEECH_VERBS.contains(lemma);
  }

  /** Whether a verb attributes a direct quotation next to it or below it in the tree. */
  static boolean isQuotingVerb(String lemma) {
    return SPEECH_VERBS.contains(lemma) || QUOTING_VERBS.contains(lemma);
  }
}
