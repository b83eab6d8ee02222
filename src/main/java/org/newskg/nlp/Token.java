package org.newskg.nlp;

/**
 * One token of the analysed text, with its place in the basic dependency tree.
 *
 * @param index position in the whole document, from 0
 * @param sentence index of its sentence
 * @param begin UTF-16 offset of its first character in the text
 * @param end UTF-16 offset after its last character
 * @param word the token as the tokenizer normalised it (quotes and brackets may differ from the
 *     text; use the offsets for the original characters)
 * @param ner the fine-grained named-entity tag, "O" for none
 * @param normalizedNer the normalised value of a time or number expression, "" for none
 * @param head document index of the governing token, -1 for the sentence root
 * @param relation Universal Dependencies relation to the head ("root" for the root)
 */
public record Token(
    int index,
    int sentence,
    int begin,
    int end,
    String word,
    String lemma,
    String pos,
    String ner,
    String normalizedNer,
    int head,
    String relation) {

  public Token {
    if (end < begin) {
      throw new IllegalArgumentException("token end %d before begin %d".formatted(end, begin));
    }
  }

  public boolean isRoot() {
    return head < 0;
  }
}
