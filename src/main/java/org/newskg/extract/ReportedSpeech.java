package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Reported speech: a reporting verb whose content is a clause ("the ministry denied that troops had
 * responded"), an accusation ("has accused the United States and Britain of using
 * disinformation"), a clause the attribution follows ("Russia has responded, a U.S. official
 * said"), or "according to X, …". Finds the cues and their speakers, and makes a statement of each
 * content the helpers find and do not rule out.
 */
final class ReportedSpeech {
  private static final Set<String> FIRST_OR_SECOND_PERSON = Set.of("i", "we", "you", "me", "us");

  private final DependencyTree tree;
  private final SpacedNumberCuts cuts;
  private final ClosingAttributions closings;
  private final CueSpeakers cueSpeakers;
  private final AccordingToPhrases accordingToPhrases;
  private final SpeakerResolver speakers;
  private final TimeResolver times;
  private final boolean[] quoted;
  private final List<Zone> zones;
  private final NonReportVerbs nonReportVerbs;
  private final NonReportContents nonReportContents;
  private final ReportedContents contents;
  private final ReportedClauseStarts starts;
  private final AccordingToContents according;
  private final SpeakerBeforeVerb speakerBefore;

  ReportedSpeech(
      DependencyTree tree,
      SpeakerResolver speakers,
      TimeResolver times,
      boolean[] quoted,
      List<Zone> zones) {
    this.tree = tree;
    this.cuts = new SpacedNumberCuts(tree);
    this.closings = new ClosingAttributions(tree, quoted);
    this.cueSpeakers = new CueSpeakers(tree, quoted);
    this.accordingToPhrases = new AccordingToPhrases(tree, quoted);
    this.speakers = speakers;
    this.times = times;
    this.quoted = quoted;
    this.zones = zones;
    this.nonReportVerbs = new NonReportVerbs(tree);
    this.nonReportContents = new NonReportContents(tree, quoted);
    this.contents = new ReportedContents(tree, cueSpeakers, quoted);
    this.starts = new ReportedClauseStarts(tree);
    this.according = new AccordingToContents(tree);
    this.speakerBefore = new SpeakerBeforeVerb(tree, quoted);
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
        && cueSpeakers.speakerOf(v).filter(s -> !FIRST_OR_SECOND_PERSON.contains(tree.token(s).word().toLowerCase(Locale.ROOT)))
            .isPresent());
  }

  private void find(List<Statement> out, IntPredicate cueAllowed) {
    for (Sentence sentence : tree.analysis().sentences()) {
      for (int v = sentence.firstToken(); v < sentence.endToken(); v++) {
        Token verb = tree.token(v);
        if (quoted[v] || !(CueFinder.isSpeechVerb(verb) || reportsThatClause(v)) || inZone(verb) || !cueAllowed.test(v)
            || nonReportVerbs.reportsNothing(v)) {
          continue;
        }
        int cue = v;
        Optional<ClosingAttributions.Closing> closing =
            closings.of(cue, sentence, Datelines.contentStart(tree, sentence, cue));
        Optional<TokenRange> content =
            closing.map(c -> new TokenRange(c.start(), c.end())).or(() -> contents.of(cue, sentence));
        Optional<Integer> subject = closing.isPresent()
            ? Optional.of(closing.get().speaker())
            : cueSpeakers.speakerOf(cue).or(() -> speakerBefore.of(cue, sentence));
        if (content.isPresent() && subject.isPresent()) {
          add(out, content.get(), subject.get(), v, CueFinder.lemma(tree, v));
        }
      }
      accordingToPhrases.in(sentence)
          .filter(c -> cueAllowed.test(c.verb()))
          .ifPresent(
              c -> according.of(c, sentence)
                  .ifPresent(range -> add(out, range, c.speaker(), c.verb(), c.lemma())));
    }
  }

  private void add(List<Statement> out, TokenRange clause, int subject, int verb, String cue) {
    TokenRange range = cuts.across(
        starts.trimmed(clause), sentence -> Datelines.contentStart(tree, sentence, sentence.endToken()));
    if (nonReportContents.notAClause(range)) {
      return;
    }
    Span content = tree.span(range.begin(), range.end());
    if (nonReportContents.quotedDirectly(range) || out.stream().anyMatch(s -> s.content().equals(content))) {
      return;
    }
    Optional<SpeakerResolver.Resolved> speaker = speakers.resolve(subject, Optional.empty());
    if (speaker.isEmpty()) {
      return;
    }
    Token v = tree.token(verb);
    boolean past = v.pos().equals("VBD") || v.pos().equals("VBN") || cue.equals("according to");
    TokenRange attribution = tree.subtree(verb);
    Optional<TimeValue> when = times.firstDate(attribution.begin(), attribution.end(), range::contains, past);
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
    return tree.child(v, "ccomp").filter(c -> ClauseWords.hasThat(tree, c)).isPresent()
        && CueFinder.communicates(tree.token(v), 1);
  }

  private boolean inZone(Token t) {
    Span span = new Span(t.begin(), t.end());
    return zones.stream().anyMatch(z -> z.span().overlaps(span));
  }
}
