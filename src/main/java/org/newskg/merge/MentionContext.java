package org.newskg.merge;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extract.Span;

/**
 * The words around one event mention: the content words, names and numbers of its sentence, cut
 * from the article text around the mention's spans. Two reports of one event tend to repeat its
 * particulars (a name, a toll, a street, a product) in the sentence that tells it; when the
 * parses of the two sentences give different agents, these shared particulars are the evidence
 * left (see {@link ContextRarity}).
 */
public final class MentionContext {
  private MentionContext() {}

  /**
   * The context features of a mention whose words are at {@code spans} of {@code text} (the
   * trigger, and a support verb if any): the words of the sentence of the first span as {@link
   * EventCoreference#words} gives them, and its numbers ("n:23", "n:6.1", "n:1000" for "1,000"),
   * without the mention's own words.
   */
  public static Set<String> of(String text, List<Span> spans) {
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("a mention context needs at least one span");
    }
    for (Span s : spans) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "span %d-%d outside a text of %d characters".formatted(s.begin(), s.end(), text.length()));
      }
    }
    Span first = spans.stream().min(Comparator.naturalOrder()).orElseThrow();
    String sentence = text.substring(sentenceStart(text, first.begin()), sentenceEnd(text, first.end()));
    Set<String> out = new LinkedHashSet<>(EventCoreference.words(sentence));
    for (Span s : spans) {
      out.removeAll(EventCoreference.words(s.of(text)));
    }
    for (String token : sentence.split("[^\\p{N}.,]+")) {
      String number = token.replaceAll("^[.,]+|[.,]+$", "").replace(",", "");
      if (number.chars().anyMatch(Character::isDigit)) {
        out.add("n:" + number.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** After the last line break or sentence end (".", "!" or "?" before a space) before begin. */
  private static int sentenceStart(String text, int begin) {
    for (int i = begin - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || Character.isWhitespace(c) && isStop(text.charAt(i - 1))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** At the first line break, or just after the first sentence end, from end on. */
  private static int sentenceEnd(String text, int end) {
    for (int i = end; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i;
      }
      if (isStop(c) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
