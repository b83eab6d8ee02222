package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * A description headed by a job title right beside a person's name is that person, whatever
 * relation the parse gave the two: "the city's mayor, Ana Ruiz, said" and "the club's coach Tomas
 * Vidal" before the name, "Ana Ruiz, the city's mayor" after it. The head must be a singular
 * noun that CoreNLP tags as a title and its animacy lists call a person; the name must start (or
 * end) at the next word, a comma aside, in the same sentence. A bare title before a name with no
 * comma ("club coach Tomas Vidal") is part of the name's phrase and stays a role only.
 */
final class AdjacentTitles {
  private AdjacentTitles() {}

  static void attach(
      Analysis analysis, List<Zone> zones, List<MentionCluster> clusters, MentionCluster[] named) {
    boolean[] attached = attachedTokens(analysis, clusters);
    DependencyTree tree = new DependencyTree(analysis);
    List<Token> tokens = analysis.tokens();
    for (Token head : tokens) {
      if (!isTitleHead(head) || named[head.index()] != null || attached[head.index()]) {
        continue;
      }
      UnnamedParticipants.Description d = UnnamedParticipants.describe(tree, head);
      int first = firstToken(analysis, d.span());
      MentionCluster person =
          determined(analysis, first, head.index()) || comma(analysis, head.index() + 1)
              ? nameAfter(analysis, named, head.index())
              : null;
      if (person == null) {
        person = nameBefore(analysis, named, first);
      }
      if (person == null || person.type() != EntityType.PERSON) {
        continue;
      }
      if (zones.stream().anyMatch(z -> z.kind() != ZoneKind.CAPTION && z.span().overlaps(d.span()))) {
        continue;
      }
      person.attached.add(new EntityMention(d.span(), d.text(), MentionKind.NOMINAL));
      for (int t = first; t <= head.index(); t++) {
        attached[t] = true;
      }
    }
  }

  /**
   * Whether the description is a noun phrase of its own, with a determiner or a possessive ("the
   * mayor", "the club's coach"), rather than a bare title that is part of the name's phrase
   * ("club coach Tomas Vidal" is one mention, with a role).
   */
  private static boolean determined(Analysis analysis, int first, int head) {
    for (int t = first; t < head; t++) {
      String pos = analysis.token(t).pos();
      if (pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS")) {
        return true;
      }
    }
    return false;
  }

  private static boolean comma(Analysis analysis, int t) {
    return t < analysis.tokens().size() && analysis.token(t).word().equals(",");
  }

  private static boolean isTitleHead(Token t) {
    return t.pos().equals("NN")
        && t.ner().equals("TITLE")
        && Animacy.get().isPerson(t.lemma(), t.word());
  }

  /** The person cluster whose name starts at the word after {@code head}, a comma aside. */
  private static MentionCluster nameAfter(Analysis analysis, MentionCluster[] named, int head) {
    int n = head + 1;
    if (n < named.length && analysis.token(n).word().equals(",")) {
      n++;
    }
    if (n >= named.length || named[n] == null || !sameSentence(analysis, head, n)) {
      return null;
    }
    return named[n - 1] == named[n] ? null : named[n];
  }

  /** The person cluster whose name ends at the word before {@code first}, a comma between. */
  private static MentionCluster nameBefore(Analysis analysis, MentionCluster[] named, int first) {
    int comma = first - 1;
    int last = first - 2;
    if (last < 0 || !analysis.token(comma).word().equals(",") || named[last] == null
        || !sameSentence(analysis, last, first)) {
      return null;
    }
    return named[last];
  }

  private static boolean sameSentence(Analysis analysis, int a, int b) {
    return analysis.token(a).sentence() == analysis.token(b).sentence();
  }

  private static int firstToken(Analysis analysis, Span span) {
    for (Token t : analysis.tokens()) {
      if (t.begin() >= span.begin()) {
        return t.index();
      }
    }
    return 0;
  }

  static boolean[] attachedTokens(Analysis analysis, List<MentionCluster> clusters) {
    boolean[] out = new boolean[analysis.tokens().size()];
    for (MentionCluster c : clusters) {
      for (EntityMention m : c.attached) {
        for (Token t : analysis.tokens()) {
          if (t.begin() >= m.span().begin() && t.end() <= m.span().end()) {
            out[t.index()] = true;
          }
        }
      }
    }
    return out;
  }
}
