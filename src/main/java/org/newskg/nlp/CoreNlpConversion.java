package org.newskg.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a CoreNLP {@link Annotation} into an {@link Analysis}; the only reader of CoreMaps. */
final class CoreNlpConversion {
  private CoreNlpConversion() {}

  static Annotation newAnnotation(String text, Optional<LocalDate> documentDate) {
    Annotation annotation = new Annotation(text);
    documentDate.ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    return annotation;
  }

  static Analysis toAnalysis(Annotation annotation, String text, Optional<LocalDate> date) {
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<NamedEntity> entities = new ArrayList<>();
    int[] sentenceStarts = new int[coreSentences.size()];
    for (int s = 0; s < coreSentences.size(); s++) {
      CoreMap sentence = coreSentences.get(s);
      int first = tokens.size();
      sentenceStarts[s] = first;
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int[] heads = new int[labels.size()];
      String[] relations = new String[labels.size()];
      readDependencies(sentence, first, heads, relations);
      for (int i = 0; i < labels.size(); i++) {
        tokens.add(toToken(labels.get(i), first + i, s, heads[i], relations[i]));
      }
      sentences.add(
          new Sentence(
              s,
              first,
              tokens.size(),
              sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
      readEntities(sentence, first, labels.size(), text, entities);
    }
    return new Analysis(
        text, date, tokens, sentences, entities, readChains(annotation, sentenceStarts, tokens, text));
  }

  private static Token toToken(CoreLabel label, int index, int sentence, int head, String rel) {
    String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    return new Token(
        index,
        sentence,
        label.beginPosition(),
        label.endPosition(),
        label.word(),
        orEmpty(label.lemma()),
        orEmpty(label.tag()),
        label.ner() == null ? "O" : label.ner(),
        orEmpty(normalized),
        head,
        rel);
  }

  /** Fills heads (document indices, -1 for roots and unparsed tokens) and relations. */
  private static void readDependencies(CoreMap sentence, int first, int[] heads, String[] rels) {
    Arrays.fill(heads, -1);
    Arrays.fill(rels, "root");
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return; // sentence longer than depparse.maxlength: left flat
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      IndexedWord dependent = edge.getDependent();
      int d = dependent.index() - 1;
      heads[d] = first + edge.getGovernor().index() - 1;
      rels[d] = edge.getRelation().toString();
    }
  }

  private static void readEntities(
      CoreMap sentence, int first, int count, String text, List<NamedEntity> out) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return;
    }
    int sentenceTokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    for (CoreMap m : mentions) {
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int firstToken = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenBegin + first;
      int endToken = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenBegin + first;
      if (endToken <= firstToken || endToken > first + count) {
        continue;
      }
      out.add(
          new NamedEntity(
              firstToken,
              endToken,
              begin,
              end,
              text.substring(begin, end),
              m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
              orEmpty(m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))));
    }
  }

  private static List<CorefChain> readChains(
      Annotation annotation, int[] sentenceStarts, List<Token> tokens, String text) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains =
        annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    List<CorefChain> out = new ArrayList<>();
    if (chains == null) {
      return out;
    }
    for (edu.stanford.nlp.coref.data.CorefChain chain : chains.values()) {
      List<CorefMention> mentions = new ArrayList<>();
      CorefMention representative = null;
      edu.stanford.nlp.coref.data.CorefChain.CorefMention rep = chain.getRepresentativeMention();
      for (var m : chain.getMentionsInTextualOrder()) {
        CorefMention converted = toMention(m, sentenceStarts, tokens, text);
        mentions.add(converted);
        if (m == rep) {
          representative = converted;
        }
      }
      if (!mentions.isEmpty()) {
        out.add(
            new CorefChain(
                chain.getChainID(), representative == null ? mentions.get(0) : representative, mentions));
      }
    }
    out.sort((a, b) -> Integer.compare(a.mentions().get(0).begin(), b.mentions().get(0).begin()));
    return out;
  }

  private static CorefMention toMention(
      edu.stanford.nlp.coref.data.CorefChain.CorefMention m,
      int[] sentenceStarts,
      List<Token> tokens,
      String text) {
    int base = sentenceStarts[m.sentNum - 1];
    int firstToken = base + m.startIndex - 1;
    int endToken = base + m.endIndex - 1;
    int begin = tokens.get(firstToken).begin();
    int end = tokens.get(endToken - 1).end();
    return new CorefMention(
        firstToken,
        endToken,
        base + m.headIndex - 1,
        begin,
        end,
        text.substring(begin, end),
        MentionKind.valueOf(m.mentionType.name()));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
