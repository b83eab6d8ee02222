package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * Acronyms NER leaves untagged. An acronym defined by its expansion in parentheses right after it
 * ("the CEI (Italian Episcopal Conference)", "the FIRST Global competition (For Inspiration and
 * Recognition of Science and Technology)") names what the expansion names, and the expansion is a
 * name even when NER tagged none or only a part of it: its capitalised words' initials are the
 * acronym's letters, in that order or, for a name translated from another language, in another.
 * A word in capitals (or dotted initials) that NER gave no name type is then a name of what the
 * article defined it as, or of the one organization or place of the article whose name of two
 * words or more it abbreviates: "WHO" after "World Health Organisation (WHO)" (the tagger takes
 * "WHO" for the pronoun); {@link NameJoins} joins it to its expansion. Else, when it is the subject
 * of a reporting verb ("…, the NYPD said"), it names an organization of its own. In a line without
 * lower-case letters (a headline in capitals) a word in capitals is no evidence of an acronym, so
 * those lines are left alone.
 */
final class UntaggedAcronyms {
  /** How far before the parenthesis a defined acronym may stand: "FIRST Global competition (". */
  private static final int DEFINED_WITHIN = 4;
  /** The longest expansion in parentheses tried, in tokens. */
  private static final int LONGEST_EXPANSION = 12;

  private UntaggedAcronyms() {}

  /** The mentions kept, less those an expansion covers, plus the expansions and acronyms found. */
  static List<NamedMentionFilter.Named> add(
      Analysis analysis, List<Zone> zones, List<NamedMentionFilter.Named> kept) {
    List<NamedMentionFilter.Named> out = new ArrayList<>(kept);
    Map<String, NamedMentionFilter.Named> defined = new HashMap<>();
    for (NamedMentionFilter.Named expansion : definitions(analysis, zones, defined)) {
      Span span = spanOf(expansion.entity());
      out.removeIf(n -> spanOf(n.entity()).overlaps(span));
      out.add(expansion);
    }
    int size = analysis.tokens().size();
    boolean[] tagged = tokensOf(size, analysis.entities());
    boolean[] named = tokensOf(size, out.stream().map(NamedMentionFilter.Named::entity).toList());
    for (Token t : analysis.tokens()) {
      String acronym = EntityNames.undotted(t.word());
      if (named[t.index()] || !acronym.matches("\\p{Lu}{2,6}") || inCapitalsLine(analysis, t)) {
        continue;
      }
      // a defined acronym is one whatever NER made of it ("FIRST" tagged as an ordinal); an
      // undefined one only when NER tagged nothing there
      NamedMentionFilter.Named expansion =
          defined.containsKey(acronym)
              ? defined.get(acronym)
              : tagged[t.index()] ? null : onlyExpansion(acronym, kept);
      if (expansion == null) {
        if (!tagged[t.index()] && speaks(analysis, t)) {
          addSpeakingAcronym(out, t, acronym, zones);
        }
        continue;
      }
      String type = expansion.entity().type();
      NamedEntity ne =
          new NamedEntity(t.index(), t.index() + 1, t.begin(), t.end(), t.word(), type, "");
      if (NamedMentionFilter.inExcludedZone(ne, zones)) {
        continue;
      }
      out.add(
          new NamedMentionFilter.Named(
              ne,
              expansion.type(),
              expansion.placeKind(),
              acronym,
              expansion.display(),
              false,
              ""));
    }
    return out;
  }

  /**
   * An acronym nothing defines that is the subject of a reporting verb ("…, the NYPD said") names
   * an organization: people and places are seldom acronyms, and what speaks is rarely a thing.
   */
  private static boolean speaks(Analysis analysis, Token t) {
    return t.relation().equals("nsubj") && !t.isRoot()
        && CueFinder.isSpeechVerb(analysis.token(t.head()));
  }

  private static void addSpeakingAcronym(
      List<NamedMentionFilter.Named> out, Token t, String acronym, List<Zone> zones) {
    NamedEntity ne = new NamedEntity(t.index(), t.index() + 1, t.begin(), t.end(), t.word(), "ORGANIZATION", "");
    if (!NamedMentionFilter.inExcludedZone(ne, zones)) {
      out.add(new NamedMentionFilter.Named(ne, EntityType.ORGANIZATION, PlaceKind.NONE, acronym));
    }
  }

  /** Which of the article's tokens the mentions cover. */
  private static boolean[] tokensOf(int tokens, List<NamedEntity> mentions) {
    boolean[] in = new boolean[tokens];
    for (NamedEntity ne : mentions) {
      Arrays.fill(in, ne.firstToken(), ne.endToken(), true);
    }
    return in;
  }

  private static Span spanOf(NamedEntity ne) {
    return new Span(ne.begin(), ne.end());
  }

  /** Expansions in parentheses after an acronym, each noted in {@code defined} under it. */
  private static List<NamedMentionFilter.Named> definitions(
      Analysis analysis, List<Zone> zones, Map<String, NamedMentionFilter.Named> defined) {
    List<NamedMentionFilter.Named> out = new ArrayList<>();
    List<Token> tokens = analysis.tokens();
    for (int open = 1; open < tokens.size(); open++) {
      if (!tokens.get(open).word().equals("(")) {
        continue;
      }
      int close = open + 1;
      while (close < tokens.size()
          && close - open <= LONGEST_EXPANSION
          && !tokens.get(close).word().equals(")")) {
        close++;
      }
      if (close >= tokens.size() || close - open > LONGEST_EXPANSION) {
        continue;
      }
      Optional<String> acronym = acronymBefore(tokens, open);
      List<Token> words = tokens.subList(open + 1, close);
      if (acronym.isEmpty() || !isName(words) || !spells(acronym.get(), words)) {
        continue;
      }
      Token first = words.get(0);
      Token last = words.get(words.size() - 1);
      String type = nerType(words);
      NamedEntity ne =
          new NamedEntity(
              first.index(),
              last.index() + 1,
              first.begin(),
              last.end(),
              analysis.text().substring(first.begin(), last.end()),
              type,
              "");
      Optional<EntityType> entityType = NamedMentionFilter.typeOf(type);
      if (entityType.isEmpty() || NamedMentionFilter.inExcludedZone(ne, zones)) {
        continue;
      }
      NamedMentionFilter.Named expansion =
          new NamedMentionFilter.Named(ne, entityType.get(), PlaceKind.NONE, ne.text());
      out.add(expansion);
      defined.putIfAbsent(acronym.get(), expansion);
    }
    return out;
  }

  /** The nearest word in capitals a few tokens before the parenthesis, in the same sentence. */
  private static Optional<String> acronymBefore(List<Token> tokens, int open) {
    for (int t = open - 1; t >= 0 && t >= open - DEFINED_WITHIN; t--) {
      if (tokens.get(t).sentence() != tokens.get(open).sentence()) {
        break;
      }
      String word = EntityNames.undotted(tokens.get(t).word());
      if (word.matches("\\p{Lu}{2,6}")) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  /** Two words or more, each capitalised or a lower-case function word, the first capitalised. */
  private static boolean isName(List<Token> words) {
    if (words.size() < 2 || !Character.isUpperCase(words.get(0).word().charAt(0))) {
      return false;
    }
    return words.stream()
        .map(Token::word)
        .allMatch(
            w ->
                Character.isUpperCase(w.charAt(0))
                    || NameJoins.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)));
  }

  /** Whether the capitalised words' initials are the acronym's letters, in any order. */
  private static boolean spells(String acronym, List<Token> words) {
    StringBuilder initials = new StringBuilder();
    for (Token w : words) {
      if (Character.isUpperCase(w.word().charAt(0))) {
        initials.append(w.word().charAt(0));
      }
    }
    char[] a = acronym.toCharArray();
    char[] b = initials.toString().toCharArray();
    Arrays.sort(a);
    Arrays.sort(b);
    return Arrays.equals(a, b);
  }

  /** The NER type of the expansion's first name word NER typed, or an organization's. */
  private static String nerType(List<Token> words) {
    for (Token w : words) {
      if (NamedMentionFilter.typeOf(w.ner()).isPresent()) {
        return w.ner();
      }
    }
    return "ORGANIZATION";
  }

  /** The one name, of an organization or place, whose initials the acronym is. */
  private static NamedMentionFilter.Named onlyExpansion(
      String acronym, List<NamedMentionFilter.Named> kept) {
    Set<String> keys = new HashSet<>();
    NamedMentionFilter.Named one = null;
    for (NamedMentionFilter.Named n : kept) {
      if (n.type() != EntityType.PERSON
          && !n.standIn()
          && NameJoins.initials(n.display()).contains(acronym)
          && keys.add(n.key())) {
        one = n;
      }
    }
    return keys.size() == 1 ? one : null;
  }

  private static boolean inCapitalsLine(Analysis analysis, Token t) {
    String text = analysis.text();
    int start = text.lastIndexOf('\n', t.begin()) + 1;
    int end = text.indexOf('\n', t.end());
    String line = text.substring(start, end < 0 ? text.length() : end);
    return line.chars().noneMatch(Character::isLowerCase);
  }
}
