package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.newskg.extract.Span;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * Lines that list, for one ECB+ document, the gold event mentions no detected trigger matched
 * ("MISS") and the detected triggers of annotated sentences that match no gold mention ("FALSE"),
 * each with the words, parts of speech and lemmas of its tokens, for reading detection errors. A
 * miss also gives the size of its gold cluster (a miss of a larger cluster costs more), whether it
 * lies in the first line (the headline) and the WordNet lexicographer file of its head word's most
 * frequent sense; a false mention gives the size of the cluster it ends in (0 when it is not
 * reported; a false mention inside a cluster costs more than one alone).
 */
final class EventMentionErrors {
  private EventMentionErrors() {}

  /**
   * @param goldSizes the number of mentions of each gold cluster
   * @param clusterSize the size of the cluster the detected mention of this index ends in, 0 if
   *     it is not reported
   */
  static List<String> of(
      EcbDocument doc,
      Analysis analysis,
      List<Span> detected,
      Map<Integer, String> matched,
      Map<String, Integer> goldSizes,
      IntUnaryOperator clusterSize) {
    List<String> out = new ArrayList<>();
    Set<String> found = new HashSet<>(matched.values());
    for (EcbDocument.GoldMention g : doc.events()) {
      if (!found.contains(g.id())) {
        out.add(line("MISS", doc.id(), g.span(), analysis)
            + "\tgold=%d\t%s\twn=%s".formatted(goldSizes.getOrDefault(g.cluster(), 1),
                inHeadline(g.span(), analysis) ? "headline" : "body",
                lexFile(head(g.span(), analysis))));
      }
    }
    for (int i = 0; i < detected.size(); i++) {
      if (!matched.containsKey(i)) {
        out.add(line("FALSE", doc.id(), detected.get(i), analysis)
            + "\tcluster=" + clusterSize.applyAsInt(i));
      }
    }
    return out;
  }

  private static List<Token> tokens(Span span, Analysis analysis) {
    return analysis.tokens().stream()
        .filter(t -> t.begin() < span.end() && span.begin() < t.end())
        .toList();
  }

  private static boolean inHeadline(Span span, Analysis analysis) {
    return analysis.text().lastIndexOf('\n', Math.max(0, span.begin() - 1)) < 0;
  }

  /** The token of the span whose head lies outside it, or its first token. */
  private static Token head(Span span, Analysis analysis) {
    List<Token> tokens = tokens(span, analysis);
    if (tokens.isEmpty()) {
      return null;
    }
    return tokens.stream()
        .filter(t -> t.head() < 0 || !tokens.contains(analysis.token(t.head())))
        .findFirst()
        .orElse(tokens.get(0));
  }

  /** The lexicographer file of the most frequent sense in the word's part of speech, or "-". */
  private static String lexFile(Token t) {
    if (t == null) {
      return "-";
    }
    WordNet.Pos pos = t.pos().startsWith("VB") ? WordNet.Pos.VERB
        : t.pos().startsWith("JJ") ? WordNet.Pos.ADJECTIVE : WordNet.Pos.NOUN;
    return WordNet.get().senses(t.lemma(), pos).stream()
        .findFirst()
        .map(WordNet.Sense::lexFile)
        .orElse("-");
  }

  /**
   * A tab-separated line: kind, document, characters, text, then each token as
   * word/POS/lemma/relation, with its named-entity tag when it has one.
   */
  private static String line(String kind, String docId, Span span, Analysis analysis) {
    String tokens =
        tokens(span, analysis).stream()
            .map(EventMentionErrors::describe)
            .collect(Collectors.joining(" "));
    return "%s\t%s\t%d-%d\t%s\t%s"
        .formatted(
            kind,
            docId,
            span.begin(),
            span.end(),
            analysis.text().substring(span.begin(), span.end()).replace('\n', ' '),
            tokens);
  }

  private static String describe(Token t) {
    String ner = t.ner().equals("O") ? "" : "/" + t.ner();
    return t.word() + "/" + t.pos() + "/" + t.lemma() + "/" + t.relation() + ner;
  }
}
