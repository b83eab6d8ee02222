package org.newskg.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything the NLP stage found in one text. Offsets index {@code text}. */
public record Analysis(
    String text,
    Optional<LocalDate> documentDate,
    List<Token> tokens,
    List<Sentence> sentences,
    List<NamedEntity> entities,
    List<CorefChain> chains) {

  public Analysis {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    chains = List.copyOf(chains);
  }

  public Token token(int index) {
    return tokens.get(index);
  }

  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }

  /** The tokens of a sentence, in order. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The original characters of a token range (end exclusive). */
  public String textOf(int firstToken, int endToken) {
    return text.substring(tokens.get(firstToken).begin(), tokens.get(endToken - 1).end());
  }
}
