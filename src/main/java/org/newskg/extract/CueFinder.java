package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.nlp.WordNet;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.nlp.VerbForms;

/**
 * Finds the reporting verb (or "according to") that attributes a span of words, and the token
 * that names its speaker. Works on the dependency parse, so "“…,” she said", "he told reporters:
 * “…”", "said a U.S. official" and "with X saying: “…”" are all one case.
 */
final class CueFinder {
  /**
   * An attribution.
   *
   * @param verb the reporting verb's token, or the "according" token
   * @param speaker the token heading the speaker's phrase
   * @param lemma the cue as stored: "say", "shoot back", "according to"
   * @param verbsBetween how many other verbs stand between the words and the cue in the tree (0
   *     when the cue governs them directly)
   */
  record Cue(int verb, int speaker, String lemma, int verbsBetween) {}

  private final DependencyTree tree;
  private final boolean[] quoted;

  CueFinder(DependencyTree tree, boolean[] quoted) {
    this.tree = tree;
    this.quoted = quoted;
  }

  /**
   * The reporting verbs above tokens [first, end) in the tree, nearest first, walking up from
   * their head: "What they're saying: “…,” a spokesperson said" has two, and the caller keeps the
   * first whose speaker it can name.
   */
  List<Cue> governing(int first, int end) {
    List<Cue> found = new ArrayList<>();
    // A verb WordNet knows as one of communication ("pointed out that she is “…”", "chanted “…”")
    // governs words, not a term it names ("called it “Hope”"): only for more than a few words.
    boolean words = StatementExtractor.wordCount(tree, first, end) > StatementExtractor.MAX_SCARE_WORDS;
    for (int t = first; t < end; t++) {
      int head = tree.token(t).head();
      if (head >= first && head < end) {
        continue;
      }
      int verbs = 0;
      int from = t;
      int cur = head;
      while (cur >= 0) {
        Token a = tree.token(cur);
        boolean cue = isQuotingVerb(a) || (words && verbs == 0 && isVerbOfCommunication(a));
        if (!quoted[cur] && cue && takesAsContent(a, tree.token(from))) {
          withSpeaker(cur, verbs).ifPresent(found::add);
        }
        if (a.pos().startsWith("VB")) {
          verbs++;
        }
        from = cur;
        cur = a.head();
      }
      return found;
    }
    return found;
  }

  /**
   * A cue next to the words: after them in the sentence where they end ("“…,” the official
   * said"), else before them in the sentence where they begin ("Smith added: “…”").
   */
  List<Cue> adjacent(int first, int end) {
    List<Cue> found = new ArrayList<>();
    Sentence last = tree.analysis().sentenceOf(tree.token(end - 1));
    for (int t = end; t < last.endToken(); t++) {
      if (!quoted[t] && isQuotingVerb(tree.token(t))) {
        int verb = t;
        withSpeaker(t, 0).or(() -> nameSetOffAfterQuote(end, verb)).ifPresent(found::add);
      }
    }
    Sentence firstSentence = tree.analysis().sentenceOf(tree.token(first));
    for (int t = first - 1; t >= firstSentence.firstToken(); t--) {
      if (!quoted[t] && isQuotingVerb(tree.token(t))) {
        withSpeaker(t, 0).ifPresent(found::add);
      }
    }
    accordingTo(firstSentence).ifPresent(found::add);
    verbTaggedAsNounBefore(first).ifPresent(found::add);
    openingNextSentence(end).ifPresent(found::add);
    communicationVerbRightAfter(end).ifPresent(found::add);
    return found;
  }

  /**
   * "“…, Jane Roe, a researcher, says.": the name that follows the quote, set off from the verb by
   * an apposition, when the parser gave the verb no subject.
   */
  private Optional<Cue> nameSetOffAfterQuote(int quoteEnd, int verb) {
    return AppositiveSpeakers.nameBefore(tree, verb)
        .filter(n -> !quoted[n])
        .filter(n -> textBetween(quoteEnd, nameStart(n)).replaceAll("[\\s,\"”’']", "").isEmpty())
        .map(n -> new Cue(verb, n, lemma(verb), 0));
  }

  private int nameStart(int name) {
    int t = name;
    while (t > 0 && tree.token(t - 1).pos().startsWith("NNP")) {
      t--;
    }
    return t;
  }

  /**
   * "“…?” she asked.": the sentence splitter often ends the sentence at a question or exclamation
   * mark inside the quote, and the attribution opens the next sentence. When nothing but the
   * closing mark follows the quote in its sentence, a reporting verb in the same paragraph that
   * opens the next sentence after nothing but its subject, with no clause of its own to report,
   * attributes the quote; as right after a quote, a verb WordNet knows as one of communication
   * counts.
   */
  Optional<Cue> openingNextSentence(int end) {
    Sentence own = tree.analysis().sentenceOf(tree.token(end - 1));
    for (int t = end; t < own.endToken(); t++) {
      if (!quoted[t] && !isQuoteMark(t)) {
        return Optional.empty();
      }
    }
    return nextSentenceStart(end)
        .filter(start -> textBetween(end, start).indexOf('\n') < 0)
        .flatMap(start -> attributionOpening(start, sentenceEnd(start), t -> isQuotingVerb(t) || isVerbOfCommunication(t), false));
  }

  /**
   * The first token of the sentence after the one where the quote ends at {@code end}, past the
   * quote's closing mark when the splitter put it there.
   */
  private Optional<Integer> nextSentenceStart(int end) {
    Sentence own = tree.analysis().sentenceOf(tree.token(end - 1));
    List<Sentence> sentences = tree.analysis().sentences();
    if (own.index() + 1 >= sentences.size()) {
      return Optional.empty();
    }
    Sentence next = sentences.get(own.index() + 1);
    int start = next.firstToken();
    while (start < next.endToken() && isQuoteMark(start) && quoted[start]) {
      start++;
    }
    return start < next.endToken() ? Optional.of(start) : Optional.empty();
  }

  private String textBetween(int end, int start) {
    return tree.analysis().text().substring(tree.token(end - 1).end(), tree.token(start).begin());
  }

  private int sentenceEnd(int token) {
    return tree.analysis().sentenceOf(tree.token(token)).endToken();
  }

  /**
   * A quote nothing attributes, whose paragraph ends with it, followed by a paragraph that opens
   * with a name and a reporting verb ("“…” ¶ Jane Roe says the plant …"): the quote leads into
   * that person's words. For the caller to try last, when nothing else names a speaker.
   */
  Optional<Cue> namedSpeakerOpeningNextParagraph(int end) {
    return nextSentenceStart(end)
        .filter(start -> isOneLineBreak(textBetween(end, start)))
        .flatMap(start -> attributionOpening(start, sentenceEnd(start), CueFinder::isQuotingVerb, true))
        .filter(c -> tree.token(c.speaker()).pos().startsWith("NNP"));
  }

  /** Nothing between but closing marks and a single line break. */
  private static boolean isOneLineBreak(String between) {
    return between.chars().filter(c -> c == '\n').count() == 1
        && between.strip().replace("\"", "").replace("”", "").isEmpty();
  }

  /**
   * "“…!” the prime minister thundered": right after the quote, a verb of its own sentence that
   * comes after nothing but its subject (or before it) and whose first or second sense in WordNet
   * is one of communication, though the lexicon lacks it. Only in this place, where an attribution
   * stands, is so loose a test safe.
   */
  Optional<Cue> communicationVerbRightAfter(int end) {
    Sentence own = tree.analysis().sentenceOf(tree.token(end - 1));
    int start = end;
    while (start < own.endToken() && (isQuoteMark(start) || tree.token(start).word().equals(","))) {
      start++;
    }
    return start < own.endToken()
        ? attributionOpening(start, own.endToken(), CueFinder::isVerbOfCommunication, false)
        : Optional.empty();
  }

  /**
   * A cue verb among the first words from {@code start}, with nothing before it but its subject
   * (or nothing at all: "said Roe"), and, unless {@code ownClause}, no clause of its own to report
   * ("She said the plan failed." is a report of its own).
   */
  private Optional<Cue> attributionOpening(int start, int limit, Predicate<Token> isCue, boolean ownClause) {
    for (int v = start; v < limit && v <= start + OPENING_SUBJECT_WORDS; v++) {
      if (quoted[v]) {
        return Optional.empty();
      }
      if (!isCue.test(tree.token(v))) {
        continue;
      }
      if (!ownClause && reportsOwnClause(v)) {
        return Optional.empty();
      }
      Optional<Integer> speaker = speakerOf(v);
      if (speaker.isEmpty()) {
        return Optional.empty();
      }
      boolean onlySubjectBefore = v == start || tree.phraseSpans(speaker.get(), start, v);
      return onlySubjectBefore ? Optional.of(new Cue(v, speaker.get(), lemma(v), 0)) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether the verb has a clause of its own to report: a complement clause, or a clause set next
   * to it ("She said, the plan failed"); a clause tacked on far after it is something else.
   */
  private boolean reportsOwnClause(int verb) {
    return tree.children(verb).stream()
        .anyMatch(c -> tree.token(c).relation().equals("ccomp")
            || (tree.token(c).relation().equals("parataxis") && c > verb && tree.subtreeRange(c)[0] <= verb + 3));
  }

  /** A verb whose first or second WordNet sense is one of communication ("thunder", "chant"). */
  private static boolean isVerbOfCommunication(Token t) {
    return communicates(t, 2);
  }

  /** Whether one of the verb's first {@code senses} WordNet senses is one of communication. */
  static boolean communicates(Token t, int senses) {
    if (!t.pos().startsWith("VB")) {
      return false;
    }
    return WordNet.get().amongFirstSenses(t.lemma(), WordNet.Pos.VERB, senses, "verb.communication");
  }

  /** How many words a subject opening the sentence after a quote may take ("the Justice Department spokesman"). */
  private static final int OPENING_SUBJECT_WORDS = 6;

  /**
   * "The Department of Agriculture notes, “…”", "with one poster writing “…”": the tagger took the
   * reporting verb right before the quote for a noun. When the word before the opening mark (a
   * comma or colon aside) is a reporting verb's form tagged as a noun, the noun before it names
   * the speaker.
   */
  Optional<Cue> verbTaggedAsNounBefore(int first) {
    int v = first - 1;
    while (v > 0 && (quoted[v] || tree.token(v).word().equals(",") || tree.token(v).word().equals(":"))) {
      v--;
    }
    if (v < 1 || quoted[v] || !tree.token(v).pos().startsWith("NN")) {
      return Optional.empty();
    }
    String lemma = VerbForms.lemmaAsVerb(tree.token(v).word());
    Token before = tree.token(v - 1);
    boolean sameSentence = before.sentence() == tree.token(v).sentence();
    if (!CueLexicon.isSpeechVerb(lemma) || quoted[v - 1] || !sameSentence
        || !(before.pos().startsWith("NN") || before.pos().equals("PRP"))) {
      return Optional.empty();
    }
    return Optional.of(new Cue(v, v - 1, lemma, 0));
  }

  /**
   * "“…” - Jane Roe": a quotation set apart with a dash and the name of whoever said it, as under a
   * pull quote or an epigraph. The name must end the line.
   */
  Optional<Cue> dashAfter(Span outer) {
    String text = tree.analysis().text();
    int i = outer.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length() || "-\u2013\u2014".indexOf(text.charAt(i)) < 0) {
      return Optional.empty();
    }
    int dash = tree.tokenAt(i);
    int name = dash + 1;
    if (name >= tree.analysis().tokens().size() || !tree.token(name).pos().startsWith("NNP")) {
      return Optional.empty();
    }
    int lineEnd = text.indexOf('\n', i);
    String rest = text.substring(i + 1, lineEnd < 0 ? text.length() : lineEnd).strip();
    boolean nameOnly = rest.split("\\s+").length <= 5;
    return nameOnly ? Optional.of(new Cue(dash, name, "", 0)) : Optional.empty();
  }

  /** "according to X" or "in the words of X" anywhere in the sentence, outside quotes. */
  Optional<Cue> accordingTo(Sentence sentence) {
    for (int t = sentence.firstToken(); t + 2 < sentence.endToken(); t++) {
      if (quoted[t]) {
        continue;
      }
      if (wordsAt(t, "according", "to")) {
        int object = tree.token(t).head();
        if (object >= 0 && object > t) {
          return Optional.of(new Cue(t, object, "according to", 0));
        }
      }
      if (wordsAt(t, "in", "the", "words", "of")) {
        for (int o = t + 4; o < sentence.endToken(); o++) {
          if (tree.token(o).head() == t + 2) {
            return Optional.of(new Cue(t, o, "in the words of", 0));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * For a quote whose own sentence names no speaker: the previous sentence, when it ends with a
   * colon or a comma and reports ("X wrote:", "X has called it “dangerous”:", "X commented,").
   */
  List<Cue> introducedBefore(int first) {
    Sentence own = tree.analysis().sentenceOf(tree.token(first));
    if (own.index() == 0) {
      return List.of();
    }
    Sentence before = tree.analysis().sentences().get(own.index() - 1);
    String last = tree.token(before.endToken() - 1).word();
    if (!last.equals(":") && !last.equals(",")) {
      return List.of(); // "X wrote:" or, across a line break, "X commented,"
    }
    List<Cue> found = new ArrayList<>();
    for (int t = before.endToken() - 1; t >= before.firstToken(); t--) {
      if (!quoted[t] && isQuotingVerb(tree.token(t))) {
        withSpeaker(t, 0).ifPresent(found::add);
      }
    }
    if (found.isEmpty() && last.equals(":")) {
      nameBeforeColon(before.endToken() - 1).ifPresent(found::add);
    }
    return found;
  }

  /**
   * A line that ends in a name and a colon introduces that person's or organization's words ("…
   * such as the seismologist Dr Jane Roe:"), and a line that ends in someone's words or statement
   * introduces theirs ("His exact words:"); a place before a colon introduces nobody.
   */
  private Optional<Cue> nameBeforeColon(int colon) {
    int noun = colon - 1;
    if (noun < 0 || quoted[noun] || tree.token(noun).sentence() != tree.token(colon).sentence()) {
      return Optional.empty();
    }
    Token t = tree.token(noun);
    if (t.pos().startsWith("NNP") && (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"))) {
      return Optional.of(new Cue(colon, noun, "", 0));
    }
    boolean words = t.pos().startsWith("NN")
        && WordNet.get().amongFirstSenses(t.lemma(), WordNet.Pos.NOUN, 1, "noun.communication");
    return words ? tree.child(noun, "nmod:poss").map(owner -> new Cue(colon, owner, "", 0)) : Optional.empty();
  }

  private boolean wordsAt(int t, String... words) {
    for (int i = 0; i < words.length; i++) {
      if (t + i >= tree.analysis().tokens().size()
          || !tree.token(t + i).word().equalsIgnoreCase(words[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * "The statement continued: “…”" is speech, "the U.S. continues “to engage …”" is not: verbs
   * that report only when quoting must take the words as their clause, not as an infinitive.
   */
  private static boolean takesAsContent(Token verb, Token child) {
    if (!CueLexicon.QUOTE_ONLY_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String r = child.relation();
    return r.equals("ccomp") || r.equals("parataxis") || r.equals("dep") || r.equals("obj");
  }

  private Optional<Cue> withSpeaker(int verb, int verbsBetween) {
    return speakerOf(verb).map(s -> new Cue(verb, s, lemma(verb), verbsBetween));
  }

  /**
   * The token heading the speaker's phrase: the verb's subject; else, in an inverted attribution
   * ("…, said a U.S. official", often parsed with the official as object), a noun object after
   * the verb when the reported words come before it. Whom someone tells is never the speaker.
   */
  Optional<Integer> speakerOf(int verb) {
    Optional<Integer> subject = subjectOf(verb);
    if (subject.isPresent() || tree.token(verb).lemma().equalsIgnoreCase("tell")) {
      return subject;
    }
    boolean contentBefore =
        tree.children(verb).stream()
                .anyMatch(c -> c < verb && CONTENT_RELATIONS.contains(tree.token(c).relation()))
            || rightAfterQuote(verb)
            || hangsAfterComma(verb);
    if (!contentBefore) {
      return Optional.empty();
    }
    // The noun right after the verb, however the parse attached it ("said Weitz" as xcomp).
    return tree.children(verb).stream()
        .filter(c -> c > verb && tree.token(c).pos().startsWith("NN"))
        .filter(c -> INVERTED_SPEAKER_RELATIONS.contains(tree.token(c).relation()))
        .findFirst()
        .or(() -> nameRightAfter(verb));
  }

  /**
   * '“…,” testified Jane Roe, the mother …' parsed with the verb as an auxiliary of a later verb
   * and the name as that verb's subject: the name that follows the verb at once, whatever it hangs
   * on; the head of its compound.
   */
  private Optional<Integer> nameRightAfter(int verb) {
    int n = verb + 1;
    if (n >= tree.analysis().tokens().size() || quoted[n]
        || tree.token(n).sentence() != tree.token(verb).sentence() || !tree.token(n).pos().startsWith("NNP")) {
      return Optional.empty();
    }
    while (tree.token(n).relation().equals("compound") && tree.token(n).head() > n) {
      n = tree.token(n).head();
    }
    return Optional.of(n);
  }

  private static final Set<String> INVERTED_SPEAKER_RELATIONS =
      Set.of("obj", "xcomp", "dep", "iobj", "appos", "nsubj");

  private static final Set<String> CONTENT_RELATIONS =
      Set.of("ccomp", "parataxis", "dep", "obj", "xcomp");

  /**
   * "CLAUSE, said prison spokesman Al Roe." parsed with the verb hanging off the clause before it:
   * the verb comes right after a comma and its head before it.
   */
  boolean hangsAfterComma(int verb) {
    int head = tree.token(verb).head();
    return head >= 0 && head < verb && verb > 0 && tree.token(verb - 1).word().equals(",");
  }

  /** "“…,” said the post": the verb follows a closing quotation mark, a comma aside. */
  private boolean rightAfterQuote(int verb) {
    int t = verb - 1;
    while (t >= 0 && tree.token(t).word().equals(",")) {
      t--;
    }
    // The tagger takes a closing mark glued to the next word ('her, "testified') for an opening one.
    return t >= 0 && quoted[t] && isQuoteMark(t);
  }

  /** A quotation mark token, whichever way the tagger took it. */
  private boolean isQuoteMark(int t) {
    String pos = tree.token(t).pos();
    return pos.equals("''") || pos.equals("``");
  }

  /**
   * The verb's subject; for a coordinated verb, its head's; for a verb modifying a noun ("with
   * Smith saying …"), that noun; for a participle tacked on a clause (", adding that …"), the
   * subject of the sentence's main verb.
   */
  Optional<Integer> subjectOf(int verb) {
    Optional<Integer> own = unquotedSubject(verb);
    Token v = tree.token(verb);
    if (own.isPresent() && !tree.token(own.get()).relation().equals("nsubj:pass")) {
      boolean relative = tree.token(own.get()).pos().startsWith("W") && isRelativeClause(v);
      // "Seacom's tweet, which said that …", "witnesses who said …": the noun the clause is about
      return relative ? Optional.of(v.head()) : own;
    }
    if (v.head() < 0) {
      return Optional.empty();
    }
    boolean onNoun = tree.token(v.head()).pos().startsWith("NN");
    if (v.relation().equals("acl") && v.pos().equals("VBG") && onNoun) {
      // "with Smith saying …": the noun says; "expressed condolences, saying …" (a participle
      // set off by a comma) is said by the subject of the clause the noun belongs to.
      boolean setOff = verb > 0 && tree.token(verb - 1).word().equals(",");
      Token noun = tree.token(v.head());
      if (!setOff || noun.head() < 0) {
        return Optional.of(v.head());
      }
      return tree.child(noun.head(), "nsubj").or(() -> Optional.of(v.head()));
    }
    if (v.pos().equals("VBG")
        && (v.relation().equals("advcl") || v.relation().equals("dep") || v.relation().equals("acl"))) {
      return subjectOfReportAbove(verb);
    }
    boolean shares = v.relation().equals("conj") || v.relation().equals("xcomp");
    return shares ? subjectOf(v.head()) : Optional.empty();
  }

  /**
   * A relative clause on the noun before it: so parsed, or ("Roe, who argued he was insane, spoke
   * …") parsed as a loose dependent of a name before it.
   */
  private boolean isRelativeClause(Token v) {
    return v.relation().equals("acl:relcl")
        || (v.relation().equals("dep") && v.head() >= 0 && v.head() < v.index()
            && tree.token(v.head()).pos().startsWith("NN"));
  }

  /**
   * For a participle tacked on a clause ("X said A, adding that B", "X said A was under way,
   * noting that B"): the subject of the nearest reporting verb above it, else of the nearest verb
   * above it with a subject of its own ("It was years before he came forward, confessing:" — the
   * participle tells what the subject of the clause it is set off from did), else of the
   * sentence's main verb (a passive one too: "she was quoted as saying").
   */
  private Optional<Integer> subjectOfReportAbove(int participle) {
    int root = participle;
    Optional<Integer> clauseSubject = Optional.empty();
    for (int a = tree.token(participle).head(); a >= 0; a = tree.token(a).head()) {
      if (isSpeechVerb(tree.token(a))) {
        Optional<Integer> s = unquotedSubject(a);
        if (s.isPresent()) {
          return s;
        }
      }
      if (clauseSubject.isEmpty() && tree.token(a).pos().startsWith("VB")) {
        clauseSubject = tree.child(a, "nsubj").filter(s -> !quoted[s]);
      }
      root = a;
    }
    if (root == participle) {
      return Optional.empty();
    }
    int main = root;
    return clauseSubject.or(() -> tree.child(main, "nsubj"));
  }

  /**
   * The verb's subject outside quotation marks: in '“Nothing is at stake,” Roe told lawmakers' the
   * parser may make the quote's own subject a second subject of the reporting verb. Of two
   * subjects, the nearer before the verb.
   */
  private Optional<Integer> unquotedSubject(int verb) {
    List<Integer> subjects = tree.children(verb).stream()
        .filter(c -> !quoted[c])
        .filter(c -> tree.token(c).relation().equals("nsubj") || tree.token(c).relation().startsWith("nsubj:"))
        .toList();
    // "Some hit and some did not, police said" parsed with both "some" and "police" as subjects
    // of "said": the one nearest before the verb is its own.
    return subjects.stream().filter(c -> c < verb).reduce((a, b) -> b).or(() -> subjects.stream().findFirst());
  }

  String lemma(int verb) {
    String lemma = tree.token(verb).lemma().toLowerCase(Locale.ROOT);
    return tree.child(verb, "compound:prt")
        .map(p -> lemma + " " + tree.token(p).word().toLowerCase(Locale.ROOT))
        .orElse(lemma);
  }

  private static boolean isQuotingVerb(Token t) {
    return t.pos().startsWith("VB") && CueLexicon.isQuotingVerb(t.lemma().toLowerCase(Locale.ROOT));
  }

  static boolean isSpeechVerb(Token t) {
    return t.pos().startsWith("VB") && CueLexicon.isSpeechVerb(t.lemma().toLowerCase(Locale.ROOT));
  }
}
