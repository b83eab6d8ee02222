package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Reported speech: a reporting verb whose content is a clause ("the ministry denied that troops had
 * responded"), an accusation ("has accused the United States and Britain of using
 * disinformation"), a clause the attribution follows ("Russia has responded, a U.S. official
 * said"), or "according to X, …".
 */
final class ReportedSpeech {
  private static final Set<String> ACCUSATION_VERBS =
      Set.of("accuse", "charge", "blame", "criticize", "criticise", "praise", "thank");
  private static final Set<String> DESCRIPTION_VERBS =
      Set.of(
          "describe", "dismiss", "brand", "label", "characterize", "characterise", "portray",
          "denounce", "condemn", "hail", "reject", "praise", "call");

  private final DependencyTree tree;
  private final SpacedNumberCuts cuts;
  private final ClosingAttributions closings;
  private final CueFinder cues;
  private final SpeakerResolver speakers;
  private final TimeResolver times;
  private final boolean[] quoted;
  private final List<Zone> zones;

  ReportedSpeech(
      DependencyTree tree,
      CueFinder cues,
      SpeakerResolver speakers,
      TimeResolver times,
      boolean[] quoted,
      List<Zone> zones) {
    this.tree = tree;
    this.cuts = new SpacedNumberCuts(tree);
    this.closings = new ClosingAttributions(tree, quoted);
    this.cues = cues;
    this.speakers = speakers;
    this.times = times;
    this.quoted = quoted;
    this.zones = zones;
  }

  void find(List<Statement> out) {
    find(out, v -> true);
  }

  /**
   * Reports inside quotations that run over line breaks (this instance reads those as unquoted,
   * {@code quoted} marks every quotation): another outlet's report quoted whole. Only third
   * persons report there, and not with a modal ("people will say …"): "I think …" and "you know
   * …" are the quoted speaker's own words.
   */
  void findInBlockQuotes(boolean[] quoted, List<Statement> out) {
    find(out, v -> quoted[v] && tree.children(v).stream().noneMatch(a -> tree.token(a).pos().equals("MD"))
        && cues.speakerOf(v).filter(s -> !FIRST_OR_SECOND_PERSON.contains(tree.token(s).word().toLowerCase(Locale.ROOT)))
            .isPresent());
  }

  private static final Set<String> FIRST_OR_SECOND_PERSON = Set.of("i", "we", "you", "me", "us");

  private void find(List<Statement> out, IntPredicate cueAllowed) {
    for (Sentence sentence : tree.analysis().sentences()) {
      for (int v = sentence.firstToken(); v < sentence.endToken(); v++) {
        Token verb = tree.token(v);
        if (quoted[v] || !(CueFinder.isSpeechVerb(verb) || reportsThatClause(v)) || inZone(verb) || !cueAllowed.test(v)
            || CueLexicon.BELIEF_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) || unsaid(v) || describesRelative(v)) {
          continue;
        }
        int cue = v;
        Optional<ClosingAttributions.Closing> closing = closings.of(cue, sentence, contentStart(sentence, cue));
        Optional<int[]> content = closing.map(c -> new int[] {c.start(), c.end()}).or(() -> content(cue, sentence));
        Optional<Integer> subject = closing.isPresent()
            ? Optional.of(closing.get().speaker())
            : cues.speakerOf(cue).or(() -> wordBefore(cue, sentence));
        if (content.isPresent() && subject.isPresent()) {
          for (int[] part : coordinatedThatClauses(content.get())) {
            add(out, part, subject.get(), v, cues.lemma(v));
          }
        }
      }
      cues.accordingTo(sentence)
          .filter(c -> cueAllowed.test(c.verb()))
          .ifPresent(
              c -> accordingContent(c, sentence)
                  .ifPresent(range -> add(out, range, c.speaker(), c.verb(), c.lemma())));
    }
  }

  /**
   * A report that did not happen: the verb negated ("officials have not said why …"), under a
   * modal ("will announce that …", not made yet) or what someone declined or refused to do ("he
   * declined to say whether …").
   */
  private boolean unsaid(int v) {
    // the negation right before the verb, no comma between: "some did not, police said" is not it
    boolean negated = tree.children(v).stream()
        .anyMatch(c -> c < v && c >= v - 3 && NEGATIONS.contains(tree.token(c).word().toLowerCase(Locale.ROOT))
            && IntStream.range(c, v).noneMatch(t -> tree.token(t).word().equals(",")));
    Token verb = tree.token(v);
    boolean modal = tree.children(v).stream().anyMatch(c -> c < v && tree.token(c).pos().equals("MD"));
    return negated || modal
        || verb.relation().equals("xcomp") && verb.head() >= 0
            && REFUSALS.contains(tree.token(verb.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "…, which the church describes as a retreat": a relative pronoun described as something is the
   * naming of a thing, not a report, whichever clause the parser hangs the verb on.
   */
  private boolean describesRelative(int v) {
    List<Integer> children = tree.children(v);
    return DESCRIPTION_VERBS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))
        && children.stream().anyMatch(c -> c < v && RELATIVE_PRONOUNS.contains(tree.token(c).pos()))
        && children.stream().anyMatch(c -> c > v && firstWord(c).equals("as"));
  }

  private boolean isVerb(int t) {
    String pos = tree.token(t).pos();
    return pos.startsWith("VB") || pos.equals("MD");
  }

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("WDT", "WP");

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> REFUSALS = Set.of("decline", "refuse");

  private void add(List<Statement> out, int[] clause, int subject, int verb, String cue) {
    int[] range = cuts.across(withoutThat(afterLabel(clause)), sentence -> contentStart(sentence, sentence.endToken()));
    // a report is a clause: "described the ruling as historic" names, it does not report; unless
    // it quotes the speaker's own words ("dismissed the talks as a “stunt”")
    if (range[1] - range[0] < 2
        || IntStream.range(range[0], range[1]).noneMatch(t -> isVerb(t) || quoted[t])
        || tree.token(range[0]).word().equalsIgnoreCase("to")) { // "admitted to being …", "urged to …"
      return;
    }
    Span content = tree.span(range[0], range[1]);
    if (mostlyQuoted(range) || betweenMarks(range) || out.stream().anyMatch(s -> s.content().equals(content))) {
      return;
    }
    Optional<SpeakerResolver.Resolved> speaker = speakers.resolve(subject, Optional.empty());
    if (speaker.isEmpty()) {
      return;
    }
    Token v = tree.token(verb);
    boolean past = v.pos().equals("VBD") || v.pos().equals("VBN") || cue.equals("according to");
    int[] attribution = tree.subtreeRange(verb);
    Optional<TimeValue> when =
        times.firstDate(
            attribution[0], attribution[1], t -> t >= range[0] && t < range[1], past);
    out.add(
        new Statement(
            content,
            content.of(tree.analysis().text()),
            false,
            Optional.of(speaker.get().speaker()),
            Optional.of(speaker.get().mention()),
            cue,
            when));
  }

  /**
   * A verb the lexicon lacks reports when its first WordNet sense is one of communication and it
   * takes a clause with "that" ("Jane Roe confided that …", "the judge ruled that …" does not).
   */
  private boolean reportsThatClause(int v) {
    return tree.child(v, "ccomp").filter(this::hasThat).isPresent() && CueFinder.communicates(tree.token(v), 1);
  }

  /** The content is the clause without its "that". */
  private int[] withoutThat(int[] range) {
    Token first = tree.token(range[0]);
    boolean that = range[1] - range[0] > 1 && first.word().equalsIgnoreCase("that") && first.relation().equals("mark");
    return that ? new int[] {range[0] + 1, range[1]} : range;
  }

  /**
   * "X said that A, and that B": two reports, each clause a statement of its own; "that A and B"
   * stays one.
   */
  private List<int[]> coordinatedThatClauses(int[] range) {
    List<int[]> parts = new ArrayList<>();
    int start = range[0];
    for (int t = range[0] + 2; t < range[1] - 1; t++) {
      Token that = tree.token(t);
      Token cc = tree.token(t - 1);
      boolean second = that.word().equalsIgnoreCase("that") && that.relation().equals("mark")
          && cc.relation().equals("cc") && that.head() >= 0
          && tree.token(that.head()).relation().equals("conj")
          && tree.subtreeRange(that.head())[0] >= t - 1 && quoted[t] == quoted[start];
      if (!second) {
        continue;
      }
      int end = t - 1;
      while (end > start && tree.token(end - 1).word().equals(",")) {
        end--;
      }
      parts.add(new int[] {start, end});
      start = t + 1;
    }
    parts.add(new int[] {start, range[1]});
    return parts;
  }

  /** "What they're saying: …": a few words before a colon are a label, not content. */
  private int[] afterLabel(int[] range) {
    for (int t = Math.min(range[1] - 1, range[0] + 6); t > range[0]; t--) {
      if (tree.token(t).word().equals(":")) {
        return new int[] {t + 1, range[1]};
      }
    }
    return range;
  }

  /** The token range of what the verb reports, if it reports something. */
  private Optional<int[]> content(int v, Sentence sentence) {
    Token verb = tree.token(v);
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    Optional<Integer> clause = tree.child(v, "ccomp");
    if (clause.isPresent()) {
      // "shot back that …" reports; "continued to …" does not.
      boolean quoteOnly = CueLexicon.QUOTE_ONLY_VERBS.contains(lemma);
      return quoteOnly && !hasThat(clause.get())
          ? Optional.empty()
          : Optional.of(withinRelativeClause(v, withoutSecondReport(
              withConjuncts(v, withoutSayingParticiple(clauseRange(v, clause.get()), clause.get())), clause.get())));
    }
    if (CueLexicon.QUOTE_ONLY_VERBS.contains(lemma)) {
      return Optional.empty();
    }
    Optional<int[]> asSaid = asClause(v);
    if (asSaid.isPresent()) {
      return asSaid;
    }
    Optional<Integer> object = tree.child(v, "obj");
    if (object.isPresent()) {
      Optional<int[]> withObject = objectContent(v, lemma, object.get());
      if (withObject.isPresent()) {
        return withObject;
      }
    }
    Optional<int[]> relative = relativeClauseReport(v);
    if (relative.isPresent()) {
      return relative;
    }
    return clauseAfter(v, sentence)
        .or(() -> clauseBefore(v, sentence))
        .or(() -> trailingAttribution(v, sentence));
  }

  /**
   * The words of the verb's clause. A long sentence is sometimes parsed with the attribution as
   * the subject of the reported clause's last predicate ("X said that the ship sunk by Y was
   * actually a trawler": "said" as clausal subject of "trawler"); the clause then runs on to the
   * end of that predicate's subtree.
   */
  private int[] clauseRange(int v, int clause) {
    int[] range = tree.subtreeRange(clause);
    Token verb = tree.token(v);
    if (verb.relation().equals("csubj") && verb.head() > v && tree.child(v, "nsubj").isPresent()) {
      int end = tree.beforePunctuation(range[1], tree.subtreeRange(verb.head())[1]);
      range[1] = Math.max(range[1], end);
    }
    return range;
  }

  /**
   * "the changes, which the minister said were not as extensive as planned": a report inside a
   * relative clause reports the predicate after the verb; the relative pronoun stands for what it
   * is said of.
   */
  private Optional<int[]> relativeClauseReport(int v) {
    if (!tree.token(v).relation().equals("acl:relcl")) {
      return Optional.empty();
    }
    // "which X said were …", not "who pleaded guilty …": the pronoun is not who speaks
    boolean relativePronoun = tree.children(v).stream()
        .anyMatch(c -> c < v && tree.token(c).pos().startsWith("W") && !tree.token(c).relation().startsWith("nsubj"));
    if (!relativePronoun) {
      return Optional.empty();
    }
    return tree.children(v).stream()
        .filter(c -> c > v && RELATIVE_CONTENT.contains(tree.token(c).relation()))
        .filter(c -> !tree.token(c).relation().equals("xcomp") || tree.child(c, "cop").isPresent())
        .findFirst()
        .map(c -> tree.subtreeRange(c))
        .filter(r -> r[0] > v && r[1] - r[0] >= 2);
  }

  /** The predicate after the verb; an xcomp only with its copula ("said were less strict"). */
  private static final Set<String> RELATIVE_CONTENT = Set.of("ccomp", "dep", "xcomp");

  /**
   * "… is underway, noting that …": a participle of saying with a clause of its own, hung on the
   * reported clause, starts another statement, so the content stops before it ("responded in
   * writing" is no such participle).
   */
  private int[] withoutSayingParticiple(int[] range, int clause) {
    for (int c : tree.children(clause)) {
      Token t = tree.token(c);
      if (c > clause && t.pos().equals("VBG") && CueFinder.isSpeechVerb(t)
          && tree.child(c, "ccomp").isPresent() && tree.child(c, "case").isEmpty()) {
        int end = tree.subtreeRange(c)[0];
        while (end > range[0] && tree.token(end - 1).word().equals(",")) {
          end--;
        }
        range[1] = Math.min(range[1], end);
      }
    }
    return range;
  }

  /**
   * "Police said Roe targeted two managers and also may have intended to shoot a third", "she
   * said X, but it came while …": the parser often hangs the second half of a reported clause on
   * the reporting verb as its conjunct. A conjunct right after the clause belongs to the report
   * when it has a subject of its own that is not a personal pronoun (which may be the speaker
   * going on: "and he left"), or no subject but a modal or auxiliary; never a verb of saying (a
   * report of its own).
   */
  private int[] withConjuncts(int v, int[] range) {
    for (int c : tree.children(v)) {
      Token conj = tree.token(c);
      if (c < range[1] || !conj.relation().equals("conj") || !conj.pos().startsWith("VB") && !conj.pos().startsWith("JJ")
          || CueFinder.isSpeechVerb(conj) || CueFinder.communicates(conj, 1)) {
        continue;
      }
      int[] own = tree.subtreeRange(c);
      if (!onlyLinkBetween(range[1], own[0])) {
        break;
      }
      Optional<Integer> subject = tree.children(c).stream()
          .filter(k -> tree.token(k).relation().startsWith("nsubj")).findFirst();
      boolean ownSubject = subject.isPresent() && !PERSONAL.contains(tree.token(subject.get()).word().toLowerCase(Locale.ROOT));
      boolean auxiliary = subject.isEmpty() && tree.children(c).stream().anyMatch(k -> tree.token(k).relation().startsWith("aux"));
      if (!ownSubject && !auxiliary) {
        break;
      }
      int end = tree.beforePunctuation(own[0], own[1]);
      range[1] = Math.max(range[1], end);
    }
    return range;
  }

  /**
   * "Roe, who argued he was insane, spoke …": the report of a relative clause set off by commas
   * ends at the comma that closes it, however the parser hung what follows.
   */
  private int[] withinRelativeClause(int v, int[] range) {
    boolean relative = tree.children(v).stream()
        .anyMatch(c -> c < v && tree.token(c).pos().startsWith("W") && tree.token(c).relation().startsWith("nsubj"));
    int pronoun = v - 1;
    while (pronoun > 0 && !tree.token(pronoun).pos().startsWith("W") && v - pronoun < 3) {
      pronoun--;
    }
    if (!relative || pronoun < 1 || !tree.token(pronoun - 1).word().equals(",")) {
      return range;
    }
    for (int t = range[0]; t < range[1]; t++) {
      if (tree.token(t).word().equals(",") && !quoted[t]) {
        range[1] = t;
        break;
      }
    }
    return range;
  }

  /** Pronouns that may be the speaker going on with something else. */
  private static final Set<String> PERSONAL = Set.of("he", "she", "they", "i", "we");

  /** Nothing but a comma and a conjunction between the clause and its conjunct. */
  private boolean onlyLinkBetween(int from, int to) {
    for (int t = from; t < to; t++) {
      Token w = tree.token(t);
      if (!w.word().equals(",") && !w.relation().equals("cc")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Weitz said he had been … and, in a careful phrasing, said he is …": a verb of saying
   * coordinated inside the reported clause is a second report; the first stops before it.
   */
  private int[] withoutSecondReport(int[] range, int clause) {
    for (int c : tree.children(clause)) {
      Token t = tree.token(c);
      if (c > clause && t.relation().equals("conj") && CueFinder.isSpeechVerb(t) && !quoted[c]
          && tree.child(c, "ccomp").isPresent()) {
        int end = tree.subtreeRange(c)[0];
        while (end > range[0] && (tree.token(end - 1).word().equals(",") || tree.token(end - 1).relation().equals("cc"))) {
          end--;
        }
        range[1] = Math.min(range[1], end);
      }
    }
    return range;
  }

  /**
   * Content around an object: "confirmed the follow-up was received" (parsed as object and
   * passive complement), "dismissed concerns that X" (X), "accused Y of Z", "described Y as Z".
   */
  private Optional<int[]> objectContent(int v, String lemma, int object) {
    for (int c : tree.children(v)) {
      if (c > object
          && tree.token(c).relation().equals("xcomp")
          && tree.children(c).stream().anyMatch(a -> tree.token(a).relation().startsWith("aux"))
          && tree.children(c).stream().noneMatch(a -> tree.token(a).relation().equals("mark"))) {
        return Optional.of(new int[] {tree.subtreeRange(object)[0], tree.subtreeRange(c)[1]});
      }
    }
    for (int c : tree.children(object)) {
      String r = tree.token(c).relation();
      if ((r.equals("acl") || r.equals("ccomp")) && hasThat(c)) {
        return Optional.of(tree.subtreeRange(c));
      }
    }
    Set<String> linking =
        ACCUSATION_VERBS.contains(lemma)
            ? Set.of("of", "for")
            : DESCRIPTION_VERBS.contains(lemma) ? Set.of("as") : Set.of();
    for (int c : tree.children(v)) {
      if (c > object && linking.contains(firstWord(c))) {
        return Optional.of(new int[] {tree.subtreeRange(object)[0], tree.subtreeRange(c)[1]});
      }
    }
    return Optional.empty();
  }

  /**
   * When the parse gives the verb no clause: "Ambassador Jane Roe says there were concerns they
   * would …" read with "there" as an adverb of "says". A finite reporting verb with no object,
   * followed (after an optional "that") by words that begin a clause and hold a finite verb,
   * reports the rest of its sentence.
   */
  private Optional<int[]> clauseAfter(int v, Sentence sentence) {
    Token verb = tree.token(v);
    if (!FINITE.contains(verb.pos()) || !objectIsMisreadClause(v)
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
      if (FINITE.contains(tree.token(t).pos()) || tree.token(t).pos().equals("MD")) {
        return Optional.of(new int[] {start, end});
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
    int after = tree.subtreeRange(o)[1];
    while (after < tree.analysis().tokens().size() && tree.token(after).pos().startsWith("RB")) {
      after++; // "said Roe first stopped at …"
    }
    if (after >= tree.analysis().tokens().size() || tree.token(after).sentence() != tree.token(v).sentence()) {
      return false;
    }
    String pos = tree.token(after).pos();
    return FINITE.contains(pos) || pos.equals("MD");
  }

  /** Tags of finite verbs. */
  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** Tags of words that can begin a clause's subject. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("PRP", "EX", "DT", "NNP", "NNPS", "NN", "NNS", "PRP$", "CD", "JJ");

  /**
   * When the parse gives a reporting verb no subject ("His father Jane Roe said he …" read as a
   * fragment): the name or pronoun right before the verb.
   */
  private Optional<Integer> wordBefore(int v, Sentence sentence) {
    int t = v - 1;
    if (!FINITE.contains(tree.token(v).pos()) || t < sentence.firstToken() || quoted[t]) {
      return Optional.empty();
    }
    if (isDash(t)) {
      // "Jane Roe - director of products at Acme - told the BBC that …": the name before the aside
      int open = t - 1;
      while (open > sentence.firstToken() && !isDash(open)) {
        open--;
      }
      t = open - 1;
      if (!isDash(open) || t < sentence.firstToken() || quoted[t]) {
        return Optional.empty();
      }
    }
    String pos = tree.token(t).pos();
    return pos.equals("NNP") || pos.equals("PRP") ? Optional.of(t) : Optional.empty();
  }

  /**
   * "As Jane Roe told reporters, the talks had stalled": a reporting clause opened by "as" reports
   * the clause it modifies, less itself.
   */
  private Optional<int[]> asClause(int v) {
    Token verb = tree.token(v);
    boolean opensWithAs =
        tree.children(v).stream()
            .anyMatch(m -> m < v && tree.token(m).relation().equals("mark")
                && tree.token(m).lemma().equalsIgnoreCase("as"));
    if (!verb.relation().equals("advcl") || !opensWithAs || verb.head() < 0) {
      return Optional.empty();
    }
    int[] own = tree.subtreeRange(v);
    int[] clause = tree.subtreeRange(verb.head());
    int start = clause[0];
    int end = clause[1];
    if (own[0] <= start) {
      start = own[1];
      while (start < end && tree.token(start).relation().equals("punct")) {
        start++;
      }
    } else {
      end = tree.beforePunctuation(start, own[0]);
    }
    end = tree.beforePunctuation(start, end);
    return end - start >= 3 ? Optional.of(new int[] {start, end}) : Optional.empty();
  }

  /** "CLAUSE, the State Department said": a clause child wholly before the verb, then a comma. */
  private Optional<int[]> clauseBefore(int v, Sentence sentence) {
    for (int c : tree.children(v)) {
      String r = tree.token(c).relation();
      if (c < v && (r.equals("advcl") || r.equals("parataxis") || r.equals("dep"))) {
        int[] range = tree.subtreeRange(c);
        int comma = range[1];
        if (comma < v && tree.token(comma).word().equals(",") && !hasMark(c)) {
          int start = Math.max(range[0], contentStart(sentence, comma));
          return comma - start >= 3 ? Optional.of(new int[] {start, comma}) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "CLAUSE, SUBJECT said." parsed the other way round: the verb hangs off the clause after a
   * comma and reports nothing of its own; the content is the sentence up to that comma.
   */
  private Optional<int[]> trailingAttribution(int v, Sentence sentence) {
    Token verb = tree.token(v);
    // A participle (", writing in a blog post …") goes on from its clause; it does not attribute it.
    // An object is the verb's own content, unless it is the speaker of "…, said Jane Roe."
    boolean ownObject = tree.child(v, "obj").isPresent() && !cues.hangsAfterComma(v);
    if (verb.head() < 0 || verb.head() > v || ownObject || verb.pos().equals("VBG")) {
      return Optional.empty();
    }
    int comma = tree.subtreeRange(v)[0] - 1;
    if (comma < 0 || !tree.token(comma).word().equals(",")) {
      comma = commaBeforeShortSubject(v);
    }
    if (comma <= sentence.firstToken() || !tree.token(comma).word().equals(",")) {
      return Optional.empty();
    }
    int start = contentStart(sentence, comma);
    return comma - start >= 3 ? Optional.of(new int[] {start, comma}) : Optional.empty();
  }

  /** Words a trailing attribution's speaker may take ("a senior State Department official"). */
  static final int MAX_TRAILING_SPEAKER_WORDS = 6;

  /**
   * "… about 7 p.m., police said" parsed with the time in the verb's subject: the comma closest
   * before the verb, when only a short speaker phrase stands between them.
   */
  private int commaBeforeShortSubject(int v) {
    int first = Math.max(tree.subtreeRange(v)[0], v - MAX_TRAILING_SPEAKER_WORDS - 1);
    for (int t = v - 1; t >= first; t--) {
      if (tree.token(t).word().equals(",")) {
        return t;
      }
    }
    return -1;
  }

  private boolean hasThat(int clause) {
    return tree.children(clause).stream()
        .anyMatch(
            m -> tree.token(m).relation().equals("mark")
                && tree.token(m).lemma().equalsIgnoreCase("that"));
  }

  /** A subordinate clause ("if", "because", "as") is not what the verb reports. */
  private boolean hasMark(int clause) {
    return tree.children(clause).stream()
        .anyMatch(m -> tree.token(m).relation().equals("mark") && m < clause);
  }

  private String firstWord(int child) {
    return tree.token(tree.subtreeRange(child)[0]).word().toLowerCase(Locale.ROOT);
  }

  /**
   * The clause "according to X" is attached to, without that phrase and without subordinate
   * clauses tacked on after a comma ("…, though he stated that …"), which say something else.
   */
  private Optional<int[]> accordingContent(CueFinder.Cue cue, Sentence sentence) {
    int[] phrase = tree.subtreeRange(cue.speaker());
    phrase[0] = Math.min(phrase[0], cue.verb());
    Optional<int[]> wholeSentence = besideWholeSentence(phrase, sentence);
    if (wholeSentence.isPresent()) {
      return wholeSentence;
    }
    int clause = tree.token(cue.speaker()).head();
    if (clause < 0) {
      return Optional.empty();
    }
    int[] range = tree.subtreeRange(clause);
    for (int c : tree.children(clause)) {
      String r = tree.token(c).relation();
      if (c > clause && (r.equals("advcl") || r.equals("parataxis")) && hasMark(c)) {
        range[1] = Math.min(range[1], tree.subtreeRange(c)[0]);
      }
    }
    int start = Math.max(range[0], contentStart(sentence, sentence.endToken()));
    int end = range[1];
    if (phrase[0] <= start + 1) {
      start = phrase[1];
      while (start < end && tree.token(start).word().equals(",")) {
        start++;
      }
    } else {
      end = Math.min(end, phrase[0]);
    }
    return end - start >= 3 ? Optional.of(new int[] {start, end}) : Optional.empty();
  }

  /**
   * "…, according to X." closing a sentence, set off by a comma, vouches for the whole sentence,
   * whatever clause the parser hung it on (a long sentence often gets it attached to its last
   * relative clause). At the start of a sentence the parse attaches it well, and a clause tacked on
   * after a comma ("…, though he stated …") must stay out, which {@code accordingContent} sees to.
   */
  private Optional<int[]> besideWholeSentence(int[] phrase, Sentence sentence) {
    int first = contentStart(sentence, sentence.endToken());
    int last = sentence.endToken();
    while (last > first && tree.token(last - 1).pos().equals(".")) {
      last--;
    }
    int[] content;
    if (phrase[1] == last && phrase[0] > first + 1 && isComma(phrase[0] - 1)) {
      content = new int[] {first, phrase[0] - 1};
    } else if (phrase[1] == last && phrase[0] > first + 2 && isClosingQuote(phrase[0] - 1)
        && isComma(phrase[0] - 2)) {
      content = new int[] {first, phrase[0]}; // '… leave me," according to X.': the mark stays
    } else {
      return Optional.empty();
    }
    return content[1] - content[0] >= 3 ? Optional.of(content) : Optional.empty();
  }

  private boolean isDash(int token) {
    String w = tree.token(token).word();
    return w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—");
  }

  private boolean isComma(int token) {
    return tree.token(token).word().equals(",");
  }

  private boolean isClosingQuote(int token) {
    return tree.token(token).pos().equals("''");
  }

  /** Where a sentence's own words begin: after a dateline such as "WASHINGTON (AP) —". */
  private int contentStart(Sentence sentence, int limit) {
    for (int t = sentence.firstToken(); t < Math.min(limit, sentence.firstToken() + 12); t++) {
      String w = tree.token(t).word();
      if (w.equals("—") || w.equals("--") || w.equals("–")) {
        return t + 1;
      }
    }
    return sentence.firstToken();
  }

  /**
   * Words between an opening and a closing mark that the quote finder does not take for a
   * quotation (single marks inside a block quote: "'We're looking for him,' he said") are a
   * direct quote all the same, not reported speech.
   */
  private boolean betweenMarks(int[] range) {
    if (range[0] == 0 || !tree.token(range[0] - 1).pos().equals("``")) {
      return false;
    }
    for (int t = range[1]; t < Math.min(range[1] + 2, tree.analysis().tokens().size()); t++) {
      if (tree.token(t).pos().equals("''")) {
        return true;
      }
    }
    return false;
  }

  private boolean mostlyQuoted(int[] range) {
    int in = 0;
    for (int t = range[0]; t < range[1]; t++) {
      in += quoted[t] ? 1 : 0;
    }
    return in * 5 >= (range[1] - range[0]) * 4;
  }

  private boolean inZone(Token t) {
    Span span = new Span(t.begin(), t.end());
    return zones.stream().anyMatch(z -> z.span().overlaps(span));
  }
}
