package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Token;

/**
 * Attributes each quotation: to the reporting verb that governs it or stands next to it, or, for a
 * quote with no attribution of its own that follows an attributed one in the same or the previous
 * paragraph, to the same speaker ("“…,” Smith said. “…”").
 */
final class DirectQuotes {
  private final DependencyTree tree;
  private final CueFinder cues;
  private final CuesAfterQuote cuesAfter;
  private final CuesBeforeQuote cuesBefore;
  private final SpeakerResolver speakers;
  private final TimeResolver times;
  private final AnnouncedStatements announced;
  private final InvertedNames inverted;

  DirectQuotes(
      DependencyTree tree,
      CueFinder cues,
      CuesAfterQuote cuesAfter,
      CuesBeforeQuote cuesBefore,
      SpeakerResolver speakers,
      TimeResolver times,
      AnnouncedStatements announced,
      InvertedNames inverted) {
    this.tree = tree;
    this.cues = cues;
    this.cuesAfter = cuesAfter;
    this.cuesBefore = cuesBefore;
    this.speakers = speakers;
    this.times = times;
    this.announced = announced;
    this.inverted = inverted;
  }

  /**
   * Attributes the quotes; {@code reported} are the article's reported statements, which a quote
   * following them without attribution of its own carries on ("Heald noted the findings show …
   * “An air-quality cleanup would …”").
   */
  void attribute(
      List<QuotedSpan> quotes, List<Statement> reported, List<Statement> out, List<Span> scare) {
    List<Statement> found = new ArrayList<>();
    List<QuotedSpan> parts = new ArrayList<>();
    attributeEach(quotes, reported, found, parts, scare);
    // A part left open at a paragraph's end takes the speaker of the part that carries it on.
    for (int i = found.size() - 2; i >= 0; i--) {
      Statement s = found.get(i);
      Statement next = found.get(i + 1);
      if (s.speaker().isEmpty() && parts.get(i + 1).continuesPrevious() && next.speaker().isPresent()) {
        found.set(
            i,
            new Statement(
                s.content(), s.quote(), true, next.speaker(), next.speakerMention(), next.cue(), next.when()));
      }
    }
    found.replaceAll(s -> PartialQuotes.withReporter(s, reported));
    out.addAll(found);
  }

  private void attributeEach(
      List<QuotedSpan> quotes,
      List<Statement> reported,
      List<Statement> out,
      List<QuotedSpan> parts,
      List<Span> scare) {
    Statement previous = null;
    Statement lastAttributed = null;
    Optional<SpeakerResolver.Resolved> previousSpeaker = Optional.empty();
    for (QuotedSpan q : quotes) {
      int first = tree.tokenAt(q.inner().begin());
      int end = tree.tokenAt(q.inner().end() - 1) + 1;
      List<CueFinder.Cue> candidates = new ArrayList<>();
      credited(q).ifPresent(candidates::add);
      inverted.after(q.outer()).ifPresent(candidates::add);
      candidates.addAll(cues.governing(first, end));
      candidates.addAll(cues.adjacent(first, end));
      candidates.addAll(cuesBefore.introducedBefore(first));
      cuesAfter.dashAfter(q.outer()).ifPresent(candidates::add);
      if (candidates.isEmpty() && !q.continuesPrevious()) {
        announced.before(first, q.outer()).ifPresent(candidates::add);
      }
      if (!isUtterance(q) && StatementExtractor.isScare(tree, first, end, candidates.stream().findFirst())) {
        Optional<Statement> reporter = PartialQuotes.reporterOf(q.inner(), reported)
            .filter(r -> StatementExtractor.wordsOfReport(tree, first, end));
        if (reporter.isEmpty()) {
          scare.add(q.inner());
          continue;
        }
        out.add(PartialQuotes.asWordsOf(reporter.get(), q.inner(), text(q)));
        parts.add(q);
        continue;
      }
      Optional<Statement> before = previous(previous, q);
      // A quote with its own attribution whose speaker cannot be named ("…, a message stating")
      // is not carried on to whoever spoke before: that would put words in the wrong mouth.
      boolean ownCue = !q.continuesPrevious() && candidates.stream().anyMatch(c -> c.verbsBetween() <= 1);
      Optional<SpeakerResolver.Resolved> lastSpeaker = previousSpeaker;
      Statement s =
          attributed(q, first, end, candidates, previousSpeaker)
              .or(() -> bareAttributionAfter(q, first, end, lastSpeaker))
              .or(() -> ownCue ? Optional.empty() : carriedOn(q, before, reported))
              .orElse(null);
      if (s == null && StatementExtractor.wordCount(tree, first, end) > TITLE_WORDS) {
        Optional<CueFinder.Cue> next = cuesAfter.namedSpeakerOpeningNextParagraph(end);
        if (next.isPresent()) {
          s = attributed(q, first, end, List.of(next.get()), previousSpeaker).orElse(null);
        }
      }
      if (s == null && !ownCue && lastAttributed != null
          && StatementExtractor.wordCount(tree, first, end) > TITLE_WORDS) {
        s = lastSpeakerStillTalking(q, lastAttributed, reported).orElse(null);
      }
      if (s == null) {
        boolean closed = q.outer().end() > q.inner().end();
        if (closed
            && candidates.isEmpty()
            && StatementExtractor.wordCount(tree, first, end) <= TITLE_WORDS) {
          scare.add(q.inner()); // a few words in marks that nobody is said to say: a title, a term
          continue;
        }
        String cue = candidates.isEmpty() ? "" : candidates.get(0).lemma();
        s = new Statement(q.inner(), text(q), true, Optional.empty(), Optional.empty(), cue, Optional.empty());
      }
      out.add(s);
      parts.add(q);
      previous = s;
      if (s.speaker().isPresent()) {
        lastAttributed = s;
        previousSpeaker = Optional.of(new SpeakerResolver.Resolved(s.speaker().get(), s.speakerMention().orElseThrow()));
      }
    }
  }

  /**
   * Words in marks that open a line and end a sentence inside the marks ("“No.”", "“Never
   * again!”") are said by someone, however short: a term or a title does not stand alone.
   */
  private boolean isUtterance(QuotedSpan q) {
    String text = tree.analysis().text();
    String words = q.inner().of(text).strip();
    int lineStart = text.lastIndexOf('\n', q.outer().begin() - 1) + 1;
    // (the first half of a mark typed as two apostrophes may stand before the outer span)
    boolean opensLine = text.substring(lineStart, q.outer().begin()).replaceAll("[\\s'`]", "").isEmpty();
    return opensLine && !words.isEmpty() && ".!?".indexOf(words.charAt(words.length() - 1)) >= 0;
  }

  /**
   * Another outlet's report quoted whole over several lines and credited after it ("…”(Boston Globe
   * article)") is that outlet's words, whoever speaks inside it: the credit's last proper noun,
   * when it names an entity of the article.
   */
  private Optional<CueFinder.Cue> credited(QuotedSpan q) {
    String text = tree.analysis().text();
    if (q.inner().of(text).indexOf('\n') < 0) {
      return Optional.empty();
    }
    return SourceCredits.after(text, q.outer().end())
        .flatMap(
            credit -> {
              int name = -1;
              for (int t = tree.tokenAt(credit.begin()); t <= tree.tokenAt(credit.end() - 1); t++) {
                name = tree.token(t).pos().startsWith("NNP") ? t : name;
              }
              // an untagged word would become an anonymous source named by a proper noun
              boolean named = name >= 0 && speakers.resolve(name, Optional.empty())
                  .filter(r -> r.speaker() instanceof SpeakerRef.Named).isPresent();
              return named ? Optional.of(new CueFinder.Cue(name, name, "", 0)) : Optional.empty();
            });
  }

  /** The attribution that makes up the next paragraph's sentence, when the quote ends its own. */
  private Optional<Statement> bareAttributionAfter(
      QuotedSpan q, int first, int end, Optional<SpeakerResolver.Resolved> previousSpeaker) {
    if (StatementExtractor.wordCount(tree, first, end) <= TITLE_WORDS) {
      return Optional.empty();
    }
    return cuesAfter.bareAttributionOpeningNextParagraph(end)
        .flatMap(c -> attributed(q, first, end, List.of(c), previousSpeaker));
  }

  /** Quoted words of up to this many words with no attribution at all are taken as a title. */
  private static final int TITLE_WORDS = 6;

  /** The statement with the first candidate cue whose speaker can be named. */
  private Optional<Statement> attributed(
      QuotedSpan q,
      int first,
      int end,
      List<CueFinder.Cue> candidates,
      Optional<SpeakerResolver.Resolved> previousSpeaker) {
    for (CueFinder.Cue c : candidates) {
      Optional<SpeakerResolver.Resolved> speaker = speakers.resolve(c.speaker(), previousSpeaker);
      if (speaker.isPresent()) {
        return Optional.of(
            new Statement(
                q.inner(),
                text(q),
                true,
                Optional.of(speaker.get().speaker()),
                Optional.of(speaker.get().mention()),
                c.lemma(),
                dateOf(c, first, end)));
      }
    }
    return Optional.empty();
  }

  /** The previous direct quote, if this one carries it on. */
  private Optional<Statement> previous(Statement previous, QuotedSpan q) {
    return previous != null && previous.speaker().isPresent() && continues(previous, q)
        ? Optional.of(previous)
        : Optional.empty();
  }

  /**
   * A quote with no attribution of its own carries on the quote before it, or reported speech in
   * the same or the previous sentence, whichever is nearer.
   */
  private Optional<Statement> carriedOn(QuotedSpan q, Optional<Statement> previousQuote, List<Statement> reported) {
    int sentence = tree.sentenceAt(q.inner().begin()).index();
    Optional<Statement> nearReported =
        reported.stream()
            .filter(r -> r.content().end() <= q.inner().begin())
            .filter(r -> sentence - tree.sentenceAt(r.content().begin()).index() <= 1)
            .reduce((a, b) -> b);
    Optional<Statement> source = previousQuote;
    if (nearReported.isPresent()
        && (source.isEmpty() || nearReported.get().content().end() > source.get().content().end())) {
      source = nearReported;
    }
    return source.map(
        p -> new Statement(q.inner(), text(q), true, p.speaker(), p.speakerMention(), p.cue(), p.when()));
  }

  /**
   * A quote nothing attributes, further from the last attributed quote than a quote carries on,
   * is still that speaker's when nobody else is named or reported in between: the article is
   * still quoting them.
   */
  private Optional<Statement> lastSpeakerStillTalking(QuotedSpan q, Statement last, List<Statement> reported) {
    int from = last.content().end();
    int to = q.inner().begin();
    boolean near = to - from <= STILL_TALKING_CHARS;
    boolean otherReport = reported.stream()
        .anyMatch(r -> r.content().begin() >= from && r.content().end() <= to && !r.speaker().equals(last.speaker()));
    return near && !otherReport && speakers.noOtherPersonNamed(from, to, last.speaker().orElseThrow())
        ? Optional.of(new Statement(q.inner(), text(q), true, last.speaker(), last.speakerMention(), last.cue(), last.when()))
        : Optional.empty();
  }

  /** How far after the last attributed quote a quote may still be that speaker's. */
  private static final int STILL_TALKING_CHARS = 1500;

  private String text(QuotedSpan q) {
    return q.inner().of(tree.analysis().text());
  }

  /**
   * A quote carries on the one before when nothing but its own paragraph's start, or the end of
   * the previous quote's sentence, stands between them: same paragraph, or the very next one.
   */
  private boolean continues(Statement previous, QuotedSpan q) {
    if (q.continuesPrevious()) {
      return true;
    }
    String between = tree.analysis().text().substring(previous.content().end(), q.inner().begin());
    long paragraphBreaks = between.chars().filter(c -> c == '\n').count();
    return paragraphBreaks <= 2 && between.length() < 400;
  }

  private Optional<TimeValue> dateOf(CueFinder.Cue cue, int quoteFirst, int quoteEnd) {
    Token verb = tree.token(cue.verb());
    TokenRange range = tree.subtree(cue.verb());
    boolean past = verb.pos().equals("VBD") || verb.pos().equals("VBN");
    return times.firstDate(range.begin(), range.end(), t -> t >= quoteFirst && t < quoteEnd, past);
  }
}
