package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.Token;

/**
 * Who said what in one article: direct quotes with their speakers (through the attribution next
 * to them, or carried on from the quote before), reported speech after reporting verbs, and scare
 * quotes told apart from speech.
 */
final class StatementExtractor {
  /** Everything found: statements, scare quotes, and the anonymous sources speaking. */
  record Result(List<Statement> statements, List<Span> scareQuotes, List<AnonymousSource> sources) {}

  /** A short quote with no reporting verb close above it in the tree is a term, not speech. */
  static final int MAX_SCARE_WORDS = 4;

  private final QuoteFinder quoteFinder = new QuoteFinder();

  Result extract(Analysis analysis, List<Zone> zones, List<Entity> entities) {
    DependencyTree tree = new DependencyTree(analysis);
    List<QuotedSpan> quotes = new ArrayList<>();
    for (QuotedSpan q : quoteFinder.find(analysis.text())) {
      if (zones.stream().noneMatch(z -> z.span().overlaps(q.outer()))) {
        quotes.add(q);
      }
    }
    quotes = UnclosedQuotes.repair(tree, quotes);
    boolean[] quoted = QuotedTokens.of(analysis, quotes);
    SpeakerResolver speakers = new SpeakerResolver(tree, entities, zones, quoted);
    CueSpeakers cueSpeakers = new CueSpeakers(tree, quoted);
    CuesAfterQuote after = new CuesAfterQuote(tree, quoted, cueSpeakers);
    CuesBeforeQuote before = new CuesBeforeQuote(tree, quoted, cueSpeakers);
    CueFinder cues = new CueFinder(tree, quoted, cueSpeakers, after, before);
    TimeResolver times = new TimeResolver(analysis);
    registerSourcesInTextOrder(tree, cueSpeakers, speakers, quoted);
    List<Statement> statements = new ArrayList<>();
    List<Span> scare = new ArrayList<>();
    List<Statement> reported = new ArrayList<>();
    new ReportedSpeech(tree, speakers, times, quoted, zones).find(reported);
    boolean[] inLineQuotes = QuotedTokens.of(analysis, quotes.stream().filter(q -> !overLines(analysis, q)).toList());
    new ReportedSpeech(tree, speakers, times, inLineQuotes, zones)
        .findInBlockQuotes(quoted, reported);
    new DirectQuotes(
            tree,
            cues,
            after,
            before,
            speakers,
            times,
            new AnnouncedStatements(tree, quoted, cueSpeakers),
            new InvertedNames(tree, quoted))
        .attribute(quotes, reported, statements, scare);
    statements.addAll(reported);
    List<Statement> all = new CoordinatedSpeakers(tree, speakers).add(statements);
    all.sort(Comparator.comparing(Statement::content));
    return new Result(List.copyOf(all), List.copyOf(scare), speakers.anonymousSources());
  }

  /**
   * Speakers are met in text order before any attribution is made, so that "the spokesperson"
   * finds the "a State Department spokesperson" introduced before it, whichever pass reaches it.
   */
  private static void registerSourcesInTextOrder(
      DependencyTree tree, CueSpeakers cues, SpeakerResolver speakers, boolean[] quoted) {
    for (Token t : tree.analysis().tokens()) {
      if (!quoted[t.index()] && CueFinder.isSpeechVerb(t)) {
        cues.speakerOf(t.index()).ifPresent(s -> speakers.resolve(s, Optional.empty()));
      }
    }
  }

  /**
   * A quotation running over line breaks is a block quoted whole (another outlet's report, marks
   * only at its start and end): it holds reported speech of its own ("“A storm closed the
   * pier …, officials said. ¶ Divers told the Coast Courier that …”").
   */
  private static boolean overLines(Analysis analysis, QuotedSpan q) {
    return analysis.text().substring(q.inner().begin(), q.inner().end()).indexOf('\n') >= 0;
  }

  static int wordCount(DependencyTree tree, int first, int end) {
    int words = 0;
    for (int t = first; t < end; t++) {
      if (!tree.token(t).relation().equals("punct")) {
        words++;
      }
    }
    return words;
  }

  /**
   * A term in quotation marks rather than someone's words: a short noun phrase ("its “open door
   * policy”") that no reporting verb governs closely. A prepositional phrase or a clause in quotes
   * ("know what we have seen “with our own eyes”") is always someone's words.
   */
  static boolean isScare(DependencyTree tree, int first, int end, Optional<CueFinder.Cue> cue) {
    if (wordCount(tree, first, end) > MAX_SCARE_WORDS) {
      return false;
    }
    if (QuotedNames.isName(tree, first, end)) {
      return true; // a title or nickname is no speech, even with its verb ("the “Lock Now” tool")
    }
    if (containsVerb(tree, first, end)
        || startsWithPreposition(tree, first, end)) {
      return false;
    }
    if (cue.isEmpty() || cue.get().verbsBetween() > 1) {
      return true;
    }
    // "its “open door policy”", "the agency's “streamlining plan”": a possessor before a short
    // quoted noun phrase marks a name for something, not words someone said; unless a verb of
    // naming takes the phrase as its object ("described his “outstanding loyalty”"): then the
    // quoted words are the describer's.
    return possessorBefore(tree, first) && !namedByCue(tree, first, end, cue.get());
  }

  /** Whether the cue is a verb of naming whose object is the quoted phrase. */
  private static boolean namedByCue(DependencyTree tree, int first, int end, CueFinder.Cue cue) {
    if (!CueLexicon.NAMING_VERBS.contains(tree.token(cue.verb()).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int t = first; t < end; t++) {
      Token k = tree.token(t);
      if (k.head() == cue.verb() && k.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a short quote judged a term for want of a reporting verb close above it may still be
   * words of the reported clause that holds it: not a name, not after a possessor, and not a
   * modifier of a noun after it (an “active shooter” situation: a term naming a kind of thing).
   */
  static boolean wordsOfReport(DependencyTree tree, int first, int end) {
    return !QuotedNames.isName(tree, first, end) && !possessorBefore(tree, first) && !modifiesNounAfter(tree, first, end);
  }

  private static boolean modifiesNounAfter(DependencyTree tree, int first, int end) {
    for (int t = first; t < end; t++) {
      Token k = tree.token(t);
      boolean modifier = k.relation().equals("compound") || k.relation().equals("amod");
      if (k.head() >= end && modifier && tree.token(k.head()).pos().startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  private static boolean possessorBefore(DependencyTree tree, int first) {
    int t = first - 1;
    while (t >= 0 && tree.token(t).relation().equals("punct")) {
      t--;
    }
    return t >= 0 && (tree.token(t).pos().equals("PRP$") || tree.token(t).pos().equals("POS"));
  }

  private static boolean startsWithPreposition(DependencyTree tree, int first, int end) {
    for (int t = first; t < end; t++) {
      if (!tree.token(t).relation().equals("punct")) {
        String pos = tree.token(t).pos();
        return pos.equals("IN") || pos.equals("TO");
      }
    }
    return false;
  }

  private static boolean containsVerb(DependencyTree tree, int first, int end) {
    for (int t = first; t < end; t++) {
      String pos = tree.token(t).pos();
      if (pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG")) {
        return true;
      }
    }
    return false;
  }
}
