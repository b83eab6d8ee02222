package org.newskg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * The token that names the speaker of a reporting verb: its subject, the subject it shares with
 * the verb or noun it hangs on, or the name after it in an inverted attribution ("…, said a U.S.
 * official").
 */
final class CueSpeakers {
  private static final Set<String> INVERTED_SPEAKER_RELATIONS =
      Set.of("obj", "xcomp", "dep", "iobj", "appos", "nsubj");

  private static final Set<String> CONTENT_RELATIONS =
      Set.of("ccomp", "parataxis", "dep", "obj", "xcomp");

  private final DependencyTree tree;
  private final boolean[] quoted;

  CueSpeakers(DependencyTree tree, boolean[] quoted) {
    this.tree = tree;
    this.quoted = quoted;
  }

  /** The verb's cue, when its speaker can be named. */
  Optional<CueFinder.Cue> cue(int verb, int verbsBetween) {
    return speakerOf(verb).map(s -> new CueFinder.Cue(verb, s, CueFinder.lemma(tree, verb), verbsBetween));
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
    // The noun right after the verb, however the parse attached it ("said Roe" as xcomp).
    return tree.children(verb).stream()
        .filter(c -> c > verb && tree.token(c).pos().startsWith("NN"))
        .filter(c -> INVERTED_SPEAKER_RELATIONS.contains(tree.token(c).relation()))
        .findFirst()
        .or(() -> nameRightAfter(verb));
  }

  /**
   * "CLAUSE, said prison spokesman Al Roe." parsed with the verb hanging off the clause before it:
   * the verb comes right after a comma and its head before it.
   */
  boolean hangsAfterComma(int verb) {
    int head = tree.token(verb).head();
    return head >= 0 && head < verb && verb > 0 && tree.token(verb - 1).word().equals(",");
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

  /** "“…,” said the post": the verb follows a closing quotation mark, a comma aside. */
  private boolean rightAfterQuote(int verb) {
    int t = verb - 1;
    while (t >= 0 && tree.token(t).word().equals(",")) {
      t--;
    }
    // The tagger takes a closing mark glued to the next word ('her, "testified') for an opening one.
    return t >= 0 && quoted[t] && CueFinder.isQuoteMark(tree, t);
  }

  /**
   * The verb's subject; for a coordinated verb, its head's; for a verb modifying a noun ("with
   * Smith saying …"), that noun; for a participle tacked on a clause (", adding that …"), the
   * subject of the sentence's main verb.
   */
  Optional<Integer> subjectOf(int verb) {
    Optional<Integer> own = unquotedSubject(verb);
    Token v = tree.token(verb);
    Optional<Integer> agent = passiveAgent(v, own);
    if (agent.isPresent()) {
      return agent;
    }
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
   * The agent of a passive verb of saying: "the man described by the Times as “…”", "he was told
   * by police that …". Whoever the passive subject is, the "by" phrase names who spoke.
   */
  private Optional<Integer> passiveAgent(Token v, Optional<Integer> own) {
    boolean passive = v.pos().equals("VBN")
        && (own.map(s -> tree.token(s).relation().equals("nsubj:pass")).orElse(false)
            || (own.isEmpty() && v.relation().equals("acl")));
    if (!passive) {
      return Optional.empty();
    }
    return tree.children(v.index()).stream()
        .filter(c -> c > v.index() && !quoted[c])
        .filter(c -> tree.token(c).relation().equals("obl:agent")
            || (tree.token(c).relation().equals("obl") && tree.child(c, "case")
                .filter(k -> tree.token(k).word().equalsIgnoreCase("by")).isPresent()))
        .findFirst();
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
      if (CueFinder.isSpeechVerb(tree.token(a))) {
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
}
