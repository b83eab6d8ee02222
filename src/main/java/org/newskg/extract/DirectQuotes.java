package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Token;

/**
 * Attributes each quotation: to the reporting verb that governs it or stands next to it, or, for a
 * quote with no attribution of its own that follows an attributed one in the same or the previous
 * paragraph, to the same speaker ("“…,” Psaki said. “…”").
 */
final class DirectQuotes {
  private final DependencyTree tree;
  private final CueFinder cues;
  private final SpeakerResolver speakers;
  private final TimeResolver times;

  DirectQuotes(DependencyTree tree, CueFinder cues, SpeakerResolver speakers, TimeResolver times) {
    this.tree = tree;
    this.cues = cues;
    this.speakers = speakers;
    this.times = times;
  }

  void attribute(List<QuotedSpan> quotes, List<Statement> out, List<Span> scare) {
    List<Statement> found = new ArrayList<>();
    List<QuotedSpan> parts = new ArrayList<>();
    attributeEach(quotes, found, parts, scare);
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
    out.addAll(found);
  }

  private void attributeEach(
      List<QuotedSpan> quotes, List<Statement> out, List<QuotedSpan> parts, List<Span> scare) {
    Statement previous = null;
    Optional<SpeakerResolver.Resolved> previousSpeaker = Optional.empty();
    for (QuotedSpan q : quotes) {
      int first = tree.tokenAt(q.inner().begin());
      int end = tree.tokenAt(q.inner().end() - 1) + 1;
      List<CueFinder.Cue> candidates = new ArrayList<>(cues.governing(first, end));
      candidates.addAll(cues.adjacent(first, end));
      Optional<CueFinder.Cue> cue = candidates.stream().findFirst();
      if (StatementExtractor.isScare(tree, first, end, cue)) {
        scare.add(q.inner());
        continue;
      }
      Optional<SpeakerResolver.Resolved> speaker = Optional.empty();
      for (CueFinder.Cue c : candidates) {
        speaker = speakers.resolve(c.speaker(), previousSpeaker);
        if (speaker.isPresent()) {
          cue = Optional.of(c);
          break;
        }
      }
      String cueLemma;
      Optional<TimeValue> when;
      if (cue.isPresent()) {
        cueLemma = cue.get().lemma();
        when = dateOf(cue.get(), first, end);
      } else if (previous != null && continues(previous, q)) {
        speaker = previousSpeaker;
        cueLemma = previous.cue();
        when = previous.when();
      } else {
        speaker = Optional.empty();
        cueLemma = "";
        when = Optional.empty();
      }
      Statement s =
          new Statement(
              q.inner(),
              q.inner().of(tree.analysis().text()),
              true,
              speaker.map(SpeakerResolver.Resolved::speaker),
              speaker.map(SpeakerResolver.Resolved::mention),
              cueLemma,
              when);
      out.add(s);
      parts.add(q);
      previous = s;
      if (speaker.isPresent()) {
        previousSpeaker = speaker;
      }
    }
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
    int[] range = tree.subtreeRange(cue.verb());
    boolean past = verb.pos().equals("VBD") || verb.pos().equals("VBN");
    return times.firstDate(
        range[0], range[1], t -> t >= quoteFirst && t < quoteEnd, past);
  }
}
