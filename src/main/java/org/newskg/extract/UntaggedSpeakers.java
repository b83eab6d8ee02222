package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;
import org.newskg.nlp.WordNet;

/**
 * Names NER leaves untagged that speak ("Acme Widgets announced", "…, said Acme Widgets", "…, xyz
 * reported"): the subject of a reporting verb is whoever speaks, and one with a name is a person
 * or an organization. The name is a run of proper nouns, or a lower-case word alone that no
 * dictionary knows, with no determiner: an English singular common noun needs one. It names a
 * person when its first word is a first name CoreNLP's name list knows or when it is listed with a
 * person ("Jo and Ann Lee said"), else an organization.
 *
 * <p>Capitalised common words are no names: a word the article also writes in lower case, a lone
 * word WordNet knows as a common noun ("Officials said", "Management said"), the words of a
 * headline in title case ({@link TitleCaseNouns}). A lone common word that begins a longer
 * organization's name in the article is that organization, shortened ("Acme" after "Acme
 * Widgets"). Found with the names, before statements, so that the statement gets its speaker.
 */
final class UntaggedSpeakers {
  /** English indefinite pronouns, which CoreNLP tags as nouns and WordNet mostly does not know. */
  private static final Set<String> INDEFINITE_PRONOUNS =
      Set.of("anybody", "anyone", "anything", "everybody", "everyone", "everything", "nobody",
          "nothing", "somebody", "someone", "something", "either", "neither", "another", "each");

  private UntaggedSpeakers() {}

  /** The mentions kept plus the speaking names found. */
  static List<NamedMentionFilter.Named> add(
      Analysis analysis, List<Zone> zones, List<NamedMentionFilter.Named> kept) {
    boolean[] covered = new boolean[analysis.tokens().size()];
    for (NamedEntity ne : analysis.entities()) {
      if (!ne.type().equals("MISC")) {
        Arrays.fill(covered, ne.firstToken(), ne.endToken(), true);
      }
    }
    for (NamedMentionFilter.Named n : kept) {
      Arrays.fill(covered, n.entity().firstToken(), n.entity().endToken(), true);
    }
    DependencyTree tree = new DependencyTree(analysis);
    TitleCaseNouns titles = new TitleCaseNouns(tree);
    Set<String> lowerWords = new HashSet<>();
    for (Token t : analysis.tokens()) {
      if (Character.isLowerCase(t.word().charAt(0))) {
        lowerWords.add(t.word());
      }
    }
    List<NamedMentionFilter.Named> out = new ArrayList<>(kept);
    List<NamedEntity> lone = new ArrayList<>();
    for (Token t : analysis.tokens()) {
      if (!speaks(analysis, t) || covered[t.index()] || quoted(analysis, t)) {
        continue;
      }
      Optional<NamedEntity> name =
          isUntaggedName(t) && !titles.isCommonNoun(t)
              ? properName(analysis, t, covered, lowerWords)
              : lowerCaseName(tree, t);
      if (name.isEmpty() || NamedMentionFilter.inExcludedZone(name.get(), zones)) {
        continue;
      }
      NamedEntity ne = name.get();
      Arrays.fill(covered, ne.firstToken(), ne.endToken(), true);
      if (ne.endToken() - ne.firstToken() == 1 && isCommonNoun(t)) {
        lone.add(ne); // a name only if it shortens a longer one
      } else {
        out.add(named(analysis, ne));
      }
    }
    List<String> runs = untaggedRuns(analysis, covered, titles);
    for (NamedEntity ne : lone) {
      shortened(ne, out, runs).ifPresent(out::add);
    }
    return out;
  }

  /** The run of untagged proper nouns the subject ends, unless its words are common words. */
  private static Optional<NamedEntity> properName(
      Analysis analysis, Token head, boolean[] covered, Set<String> lowerWords) {
    int first = head.index();
    while (first > 0
        && analysis.token(first - 1).sentence() == head.sentence()
        && !covered[first - 1]
        && isUntaggedName(analysis.token(first - 1))) {
      first--;
    }
    for (int i = first; i <= head.index(); i++) {
      if (lowerWords.contains(analysis.token(i).word().toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    return Optional.of(entity(analysis, first, head.index() + 1));
  }

  /**
   * A lower-case noun WordNet does not know, alone as the subject ("…, xyz reported"): a common
   * noun would have a determiner or be known.
   */
  private static Optional<NamedEntity> lowerCaseName(DependencyTree tree, Token t) {
    boolean bare =
        t.pos().equals("NN")
            && t.ner().equals("O")
            && t.word().matches("\\p{Ll}{2,}")
            && !INDEFINITE_PRONOUNS.contains(t.word())
            && tree.children(t.index()).isEmpty();
    if (!bare || WordNet.get().senses(t.word(), WordNet.Pos.NOUN).size()
        + WordNet.get().senses(t.word(), WordNet.Pos.VERB).size()
        + WordNet.get().senses(t.word(), WordNet.Pos.ADJECTIVE).size() > 0) {
      return Optional.empty();
    }
    return Optional.of(entity(tree.analysis(), t.index(), t.index() + 1));
  }

  private static NamedEntity entity(Analysis analysis, int first, int end) {
    int begin = analysis.token(first).begin();
    int stop = analysis.token(end - 1).end();
    return new NamedEntity(
        first, end, begin, stop, analysis.text().substring(begin, stop), "ORGANIZATION", "");
  }

  private static NamedMentionFilter.Named named(Analysis analysis, NamedEntity ne) {
    boolean person =
        FirstNameGenders.isFirstName(analysis.token(ne.firstToken()).word())
            || listedWithPerson(analysis, analysis.token(ne.endToken() - 1));
    EntityType type = person ? EntityType.PERSON : EntityType.ORGANIZATION;
    NamedEntity typed =
        new NamedEntity(
            ne.firstToken(), ne.endToken(), ne.begin(), ne.end(), ne.text(),
            person ? "PERSON" : "ORGANIZATION", "");
    return new NamedMentionFilter.Named(typed, type, PlaceKind.NONE, ne.text());
  }

  /** "Jo and Ann Lee said": a name joined by a conjunction to a person's is one too. */
  private static boolean listedWithPerson(Analysis analysis, Token t) {
    for (Token other : analysis.tokens()) {
      boolean joined =
          other.relation().equals("conj") && !other.isRoot() && other.head() == t.index()
              || t.relation().equals("conj") && !t.isRoot() && t.head() == other.index();
      if (joined && other.ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one longer name the lone word begins: of an organization the article names, or a run of
   * untagged proper nouns elsewhere in the article ("Acme Widgets' new plant").
   */
  private static Optional<NamedMentionFilter.Named> shortened(
      NamedEntity word, List<NamedMentionFilter.Named> names, List<String> runs) {
    Set<String> longer = new HashSet<>();
    for (NamedMentionFilter.Named n : names) {
      if (n.type() == EntityType.ORGANIZATION) {
        longer.add(n.display());
      }
    }
    longer.addAll(runs);
    Set<String> keys = new HashSet<>();
    String one = null;
    for (String name : longer) {
      String[] words = name.split("\\s+");
      if (words.length > 1 && words[0].equals(word.text()) && keys.add(EntityNames.key(name))) {
        one = name;
      }
    }
    if (keys.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(
        new NamedMentionFilter.Named(
            word, EntityType.ORGANIZATION, PlaceKind.NONE, word.text(), one, false, ""));
  }

  /** The runs of two untagged proper nouns or more, outside headlines in title case. */
  private static List<String> untaggedRuns(
      Analysis analysis, boolean[] covered, TitleCaseNouns titles) {
    List<String> runs = new ArrayList<>();
    List<Token> tokens = analysis.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size()
          && tokens.get(end).sentence() == tokens.get(i).sentence()
          && !covered[end]
          && isUntaggedName(tokens.get(end))
          && !titles.isCommonNoun(tokens.get(end))) {
        end++;
      }
      if (end - i > 1) {
        runs.add(analysis.text().substring(tokens.get(i).begin(), tokens.get(end - 1).end()));
      }
      i = Math.max(end, i + 1);
    }
    return runs;
  }

  /**
   * Whether the token stands inside quotation marks opened in its sentence: a quoted title or
   * headline ("“Acme declares war on spam”, the post was called") names no speaker of the article.
   * A straight quotation mark opens when a word follows it with no space, else it closes (the
   * sentence may begin with the one that closes the sentence before).
   */
  private static boolean quoted(Analysis analysis, Token t) {
    String text = analysis.text();
    int open = 0;
    for (int i = analysis.sentences().get(t.sentence()).begin(); i < t.begin(); i++) {
      char c = text.charAt(i);
      boolean opens = c == '\u201c' || c == '"' && Character.isLetterOrDigit(text.charAt(i + 1));
      if (opens) {
        open++;
      } else if (c == '"' || c == '\u201d') {
        open = Math.max(0, open - 1);
      }
    }
    return open > 0;
  }

  private static boolean isCommonNoun(Token t) {
    return !WordNet.get().senses(t.word(), WordNet.Pos.NOUN).isEmpty();
  }

  /** The subject of a reporting verb ("Acme said", "…, said Acme"), or one listed with it. */
  private static boolean speaks(Analysis analysis, Token t) {
    if (t.isRoot()) {
      return false;
    }
    Token head = analysis.token(t.head());
    if (t.relation().equals("conj")) {
      return head.relation().equals("nsubj") && speaks(analysis, head);
    }
    return t.relation().equals("nsubj") && CueFinder.isSpeechVerb(head);
  }

  /** A capitalised proper noun NER gave no name type. */
  private static boolean isUntaggedName(Token t) {
    return t.pos().startsWith("NNP")
        && (t.ner().equals("O") || t.ner().equals("MISC"))
        && Character.isUpperCase(t.word().charAt(0));
  }
}
