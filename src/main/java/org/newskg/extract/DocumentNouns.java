package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * Common nouns that name a document, record or message ("records", "report", "website",
 * "memo", "announcement"): the hand list of things that carry someone's words, and every noun
 * whose most frequent WordNet sense is a kind of written or electronic communication, record,
 * message or publication. Talk itself ("talks", "speech") and signs and figures are not
 * documents.
 */
final class DocumentNouns {
  /** The WordNet senses (by their first lemma) under which a noun names a document. */
  private static final Set<String> DOCUMENT_KINDS =
      Set.of("written communication", "record", "message", "web site", "electronic communication",
          "publication");

  private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

  private DocumentNouns() {}

  static boolean isDocument(Token t) {
    if (!(t.pos().equals("NN") || t.pos().equals("NNS")) || !t.ner().equals("O")) {
      return false;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return CueLexicon.DOCUMENT_NOUNS.contains(lemma) || RECORDS_OF_FINDINGS.contains(lemma)
        || CueLexicon.DOCUMENTS_ABOUT_POSSESSOR.contains(lemma)
        || KNOWN.computeIfAbsent(lemma, DocumentNouns::inWordNet);
  }

  /**
   * Whether the noun with the compound before it is a document in WordNet ("charge sheet", "rap
   * sheet", "press release"), though the noun alone is not.
   */
  static boolean isDocument(Token modifier, Token noun) {
    if (!modifier.pos().startsWith("NN") || !noun.ner().equals("O")) {
      return false;
    }
    String compound = (modifier.lemma() + "_" + noun.lemma()).toLowerCase(Locale.ROOT);
    return KNOWN.computeIfAbsent(compound, DocumentNouns::inWordNet);
  }

  /**
   * What WordNet files as an act or a cognition but news cites as the source of its words: a
   * lawsuit's or complaint's claims, a poll's, survey's or study's findings.
   */
  private static final Set<String> RECORDS_OF_FINDINGS =
      Set.of("lawsuit", "suit", "complaint", "poll", "survey", "study");

  private static boolean inWordNet(String lemma) {
    List<WordNet.Sense> senses = WordNet.get().senses(lemma, WordNet.Pos.NOUN);
    return !senses.isEmpty()
        && senses.get(0).lexFile().equals("noun.communication")
        && WordNet.get().nearestKind(senses.get(0), DOCUMENT_KINDS).isPresent();
  }
}
