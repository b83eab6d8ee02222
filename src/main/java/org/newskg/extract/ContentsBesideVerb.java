package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * What a reporting verb with no clause in the parse reports: the words that follow it as a clause
 * the parser misread, a clause before it and a comma, or the sentence before the comma of a
 * trailing attribution.
 */
final class ContentsBesideVerb {
  /** Words a trailing attribution's speaker may take ("a senior State Department official"). */
  static final int MAX_TRAILING_SPEAKER_WORDS = 6;

  /** Tags of words that can begin a clause's subject. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("PRP", "EX", "DT", "NNP", "NNPS", "NN", "NNS", "PRP$", "CD", "JJ");

  private final DependencyTree tree;
  private final CueSpeakers cues;
  private final boolean[] quoted;

  ContentsBesideVerb(DependencyTree tree, CueSpeakers cues, boolean[] quoted) {
    this.tree = tree;
    this.cues = cues;
    this.quoted = quoted;
  }

  /** The token range verb {@code v} reports after it, before it, or before its comma. */
  Optional<TokenRange> of(int v, Sentence sentence) {
    return clauseAfter(v, sentence)
        .or(() -> clauseBefore(v, sentence))
        .or(() -> trailingAttribution(v, sentence));
  }

  /**
   * When the parse gives the verb no clause: "Ambassador Jane Roe says there were concerns they
   * would …" read with "there" as an adverb of "says". A finite reporting verb with no object,
   * followed (after an optional "that") by words that begin a clause and hold a finite verb,
   * reports the rest of its sentence.
   */
  private Optional<TokenRange> clauseAfter(int v, Sentence sentence) {
    Token verb = tree.token(v);
    if (!ClauseWords.FINITE.contains(verb.pos()) || !objectIsMisreadClause(v)
        || CueLexicon.QUOTE_ONLY_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int start = v + 1;
    if (start < sentence.endToken() && tree.token(start).lemma().equalsIgnoreCase("that")) {
      start++;
    }
    int end = tree.beforePunctuation(start, sentence.endToken());
    if (end - start < 3 || quoted[start] || !CLAUSE_OPENERS.contains(tree.token(start).pos())) {
      return Optional.empty();
    }
    for (int t = start + 1; t < end; t++) {
      if (tree.token(t).word().equals(",")) {
        return Optional.empty(); // the clause's own verb must come before any comma
      }
      if (ClauseWords.isFiniteOrModal(tree.token(t).pos())) {
        return Optional.of(new TokenRange(start, end));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the verb has no object, or an object that is really the start of its clause: "that"
   * read as a pronoun, or a noun right followed by a finite verb ("say iodine deficiency is …").
   */
  private boolean objectIsMisreadClause(int v) {
    Optional<Integer> object = tree.child(v, "obj");
    if (object.isEmpty()) {
      return true;
    }
    int o = object.get();
    if (o == v + 1 && tree.token(o).lemma().equalsIgnoreCase("that")) {
      return true;
    }
    int after = tree.subtree(o).end();
    while (after < tree.analysis().tokens().size() && tree.token(after).pos().startsWith("RB")) {
      after++; // "said Roe first stopped at …"
    }
    if (after >= tree.analysis().tokens().size() || tree.token(after).sentence() != tree.token(v).sentence()) {
      return false;
    }
    return ClauseWords.isFiniteOrModal(tree.token(after).pos());
  }

  /** "CLAUSE, the State Department said": a clause child wholly before the verb, then a comma. */
  private Optional<TokenRange> clauseBefore(int v, Sentence sentence) {
    for (int c : tree.children(v)) {
      String r = tree.token(c).relation();
      if (c < v && (r.equals("advcl") || r.equals("parataxis") || r.equals("dep"))) {
        TokenRange range = tree.subtree(c);
        int comma = range.end();
        if (comma < v && tree.token(comma).word().equals(",") && !ClauseWords.hasMark(tree, c)) {
          int start = Math.max(range.begin(), Datelines.contentStart(tree, sentence, comma));
          return TokenRange.ofAtLeast(start, comma, 3);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "CLAUSE, SUBJECT said." parsed the other way round: the verb hangs off the clause after a
   * comma and reports nothing of its own; the content is the sentence up to that comma.
   */
  private Optional<TokenRange> trailingAttribution(int v, Sentence sentence) {
    Token verb = tree.token(v);
    // A participle (", writing in a blog post …") goes on from its clause; it does not attribute it.
    // An object is the verb's own content, unless it is the speaker of "…, said Jane Roe."
    boolean ownObject = tree.child(v, "obj").isPresent() && !cues.hangsAfterComma(v);
    if (verb.head() < 0 || verb.head() > v || ownObject || verb.pos().equals("VBG")) {
      return Optional.empty();
    }
    int comma = tree.subtree(v).begin() - 1;
    if (comma < 0 || !tree.token(comma).word().equals(",")) {
      comma = commaBeforeShortSubject(v);
    }
    if (comma <= sentence.firstToken() || !tree.token(comma).word().equals(",")) {
      return Optional.empty();
    }
    return TokenRange.ofAtLeast(Datelines.contentStart(tree, sentence, comma), comma, 3);
  }

  /**
   * "… about 7 p.m., police said" parsed with the time in the verb's subject: the comma closest
   * before the verb, when only a short speaker phrase stands between them.
   */
  private int commaBeforeShortSubject(int v) {
    int first = Math.max(tree.subtree(v).begin(), v - MAX_TRAILING_SPEAKER_WORDS - 1);
    for (int t = v - 1; t >= first; t--) {
      if (tree.token(t).word().equals(",")) {
        return t;
      }
    }
    return -1;
  }
}
