package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.extract.Span;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * Lines that list, for one ECB+ document, the gold event mentions no detected trigger matched
 * ("MISS") and the detected triggers of annotated sentences that match no gold mention ("FALSE"),
 * each with the words, parts of speech and lemmas of its tokens, for reading detection errors.
 */
final class EventMentionErrors {
  private EventMentionErrors() {}

  static List<String> of(
      EcbDocument doc,
      Analysis analysis,
      List<Span> detected,
      Map<Integer, String> matched) {
    List<String> out = new ArrayList<>();
    Set<String> found = new HashSet<>(matched.values());
    for (EcbDocument.GoldMention g : doc.events()) {
      if (!found.contains(g.id())) {
        out.add(line("MISS", doc.id(), g.span(), analysis));
      }
    }
    for (int i = 0; i < detected.size(); i++) {
      if (!matched.containsKey(i)) {
        out.add(line("FALSE", doc.id(), detected.get(i), analysis));
      }
    }
    return out;
  }

  /**
   * A tab-separated line: kind, document, characters, text, then each token as
   * word/POS/lemma/relation, with its named-entity tag when it has one.
   */
  private static String line(String kind, String docId, Span span, Analysis analysis) {
    String tokens =
        analysis.tokens().stream()
            .filter(t -> t.begin() < span.end() && span.begin() < t.end())
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
