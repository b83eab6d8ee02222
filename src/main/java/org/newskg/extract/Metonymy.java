package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * A seat of government named for the government itself: "Moscow rejected the demands", "the
 * Kremlin said", "Kremlin spokesman …", "Washington's position". Such a mention is a mention of
 * the country (which speaks for its government in newskg), and the graph keeps the place it
 * literally names ({@code nkg:literalReferent}), so the decision can be read and undone. The
 * same words used as a place ("troops near Moscow", "a visit to the Kremlin") stay the place.
 *
 * <p>Seats come from {@code seats-of-government.tsv} (one line per country). A mention stands
 * for its government when it is the subject of a verb, the possessor of a noun of policy or
 * action ("response", "demands"), or a modifier of a title or of an official's noun ("Kremlin
 * spokesman", "Moscow officials").
 */
final class Metonymy {
  private static final Map<String, String> COUNTRY_OF_SEAT = new HashMap<>();
  /** The seats that are cities (the second column), as opposed to palaces and addresses. */
  private static final Set<String> CAPITALS = new java.util.HashSet<>();

  static {
    load();
  }

  private static final Set<String> POLICY_NOUNS =
      Set.of(
          "response", "reply", "answer", "demand", "position", "proposal", "plan", "decision",
          "policy", "offer", "stance", "refusal", "request", "warning", "claim", "statement",
          "move", "threat", "approach", "strategy", "support", "concern", "view", "objection",
          "condition", "ultimatum", "invasion", "aggression", "action", "intention", "goal",
          "aim", "insistence", "denial", "accusation", "assurance", "commitment", "pressure");

  private static final Set<String> OFFICIAL_NOUNS =
      Set.of(
          "official", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
          "delegation", "negotiator", "government", "administration", "leadership", "regime",
          "aide", "adviser", "advisor", "diplomat", "press");

  /** Verbs of a government's acts beyond speech, for a capital's name as their subject. */
  private static final Set<String> ACTION_VERBS =
      Set.of(
          "reject", "refuse", "send", "deploy", "impose", "sanction", "expel", "recognize",
          "recognise", "seek", "want", "offer", "sign", "approve", "block", "retaliate",
          "invade", "attack", "mass", "recall", "summon", "oppose", "support", "condemn",
          "accept", "negotiate", "consider", "plan", "decide", "deliver", "submit", "insist",
          "veto", "back", "welcome", "criticize", "criticise", "blame", "ban", "withdraw",
          "pull", "intend", "expect", "prepare", "move", "respond");

  private Metonymy() {}

  /** The country whose government this mention stands for, if it is a seat used so. */
  static Optional<String> governmentOf(Analysis analysis, NamedEntity ne, String display) {
    String country = COUNTRY_OF_SEAT.get(display);
    if (country == null
        || ne.type().equals("STATE_OR_PROVINCE")
        || ne.type().equals("PERSON")
        || isSurnameInArticle(analysis, display)) {
      return Optional.empty();
    }
    boolean city = CAPITALS.contains(display);
    return usedAsAgent(analysis, ne, city) ? Optional.of(country) : Optional.empty();
  }

  /** "Valeska Paris … Paris said": a capital's name that ends a person's name here is that person. */
  private static boolean isSurnameInArticle(Analysis analysis, String display) {
    for (NamedEntity other : analysis.entities()) {
      if (other.type().equals("PERSON")
          && other.endToken() - other.firstToken() > 1
          && analysis.token(other.endToken() - 1).word().equals(display)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capital city stands for its government as the subject of a verb of speech or of a
   * government's acts ("Moscow rejected"), not of any verb ("Athens erupted in riots"); a palace
   * or address ("the Kremlin") as the subject of any verb.
   */
  static boolean usedAsAgent(Analysis a, NamedEntity ne, boolean city) {
    Token head = null;
    for (int t = ne.firstToken(); t < ne.endToken(); t++) {
      Token tok = a.token(t);
      if (tok.isRoot() || tok.head() < ne.firstToken() || tok.head() >= ne.endToken()) {
        head = tok;
      }
    }
    if (head == null || head.isRoot()) {
      return false;
    }
    Token governor = a.token(head.head());
    String rel = head.relation();
    String lemma = governor.lemma().toLowerCase(java.util.Locale.ROOT);
    if (rel.equals("nsubj") || rel.equals("obl:agent")) {
      return governor.pos().startsWith("VB")
          && (!city || CueLexicon.isSpeechVerb(lemma) || ACTION_VERBS.contains(lemma));
    }
    if (rel.equals("nmod:poss")) {
      return POLICY_NOUNS.contains(lemma) || OFFICIAL_NOUNS.contains(lemma);
    }
    if (rel.equals("compound") || rel.equals("amod")) {
      return governor.ner().equals("TITLE") || OFFICIAL_NOUNS.contains(lemma);
    }
    return false;
  }

  private static void load() {
    String resource = "org/newskg/extract/seats-of-government.tsv";
    Map<String, String> out = COUNTRY_OF_SEAT;
    try (InputStream in = Metonymy.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t");
        String country =
            EntityNames.display(cells[0].strip(), EntityType.PLACE, PlaceKind.COUNTRY);
        for (int i = 1; i < cells.length; i++) {
          for (String seat : cells[i].split(",")) {
            if (!seat.isBlank() && !seat.strip().equals(cells[0].strip())) {
              out.put(seat.strip(), country);
              if (i == 1) {
                CAPITALS.add(seat.strip());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
