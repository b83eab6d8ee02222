package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * Chooses whom a speaking "he" or "she" refers to by a small score over the people named before
 * it, instead of taking coreference's word for it. Statistical coreference tends to give the "he"
 * of "“…,” he said" to the previous quote's speaker even when another man has been introduced in
 * between ("…,” said Jim Doe. Joe Roe, who …, spoke next. “…,” he said."). The score follows
 * centering theory: the likeliest referent is the subject of the main clause of the nearest
 * sentence that names someone; coreference only decides between people about equally close.
 *
 * <p>Score of a person = the role weight of their latest mention outside quotation marks ({@link
 * #MAIN_SUBJECT}, {@link #SUBJECT}, else 0) − {@link #PER_SENTENCE} × the sentences back to it, +
 * {@link #COREFERENCE} if coreference links the pronoun to them, + {@link #GENDER_KNOWN} if the
 * article or the first name gives them the pronoun's gender. People of the other gender are not
 * candidates. The weights were set on the development golds (seeds, GUM, ECB+ sample); the figures
 * stay the same for a main-subject weight of 2 to 3, a coreference weight of 0.25 to 0.9 and a
 * gender weight of 0.5 to 1.
 */
final class PronounSpeakers {
  /** Subject of the sentence's main clause, of a clause conjoined to it, or of a speech verb. */
  static final double MAIN_SUBJECT = 2;

  /** Subject of another clause. */
  static final double SUBJECT = 1;

  /** Cost of each sentence between the latest mention and the pronoun. */
  static final double PER_SENTENCE = 1;

  /** Coreference links the pronoun to the person. */
  static final double COREFERENCE = 0.5;

  /** The person is known to have the pronoun's gender (not merely "not known otherwise"). */
  static final double GENDER_KNOWN = 1;

  /** People last named further back than this many sentences are candidates only through coreference. */
  private static final int WINDOW = 8;

  /** A name of a person outside quotation marks, with the grammatical role of its phrase. */
  private record Mention(String key, int token, int sentence, double role) {}

  private final DependencyTree tree;
  private final PersonGenders genders;
  private final List<Mention> mentions = new ArrayList<>();

  /**
   * @param inBody whether a span is body text (not a caption, credit or byline)
   * @param quoted the tokens inside quotation marks: a name in someone's words is whom they speak
   *     of, not a speaker
   */
  PronounSpeakers(
      DependencyTree tree,
      List<Entity> entities,
      PersonGenders genders,
      Predicate<Span> inBody,
      boolean[] quoted) {
    this.tree = tree;
    this.genders = genders;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (EntityMention m : e.mentions()) {
        int head = headOf(m.span());
        if (m.kind() == MentionKind.PROPER && inBody.test(m.span()) && !quoted[head]) {
          mentions.add(new Mention(e.key(), head, tree.token(head).sentence(), roleOf(head)));
        }
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.token(), b.token()));
  }

  /**
   * A person named as the subject of a reporting verb by words the entity mentions miss ("Msgr.
   * Farmer said" with the surname untagged).
   */
  void speakerNamedAt(int token, String key) {
    if (mentions.stream().noneMatch(m -> m.token() == token)) {
      mentions.add(new Mention(key, token, tree.token(token).sentence(), MAIN_SUBJECT));
      mentions.sort((a, b) -> Integer.compare(a.token(), b.token()));
    }
  }

  /**
   * The person the pronoun at token {@code pronoun} most likely is; {@code coreference} is the
   * person coreference links it to, if any.
   */
  Optional<String> choose(int pronoun, PersonGenders.Gender gender, Optional<String> coreference) {
    return choose(pronoun, Optional.of(gender), coreference);
  }

  /**
   * The same for words that refer back like a pronoun but say no gender ("the 29-year-old"): people
   * of either gender are candidates, and none scores for gender.
   */
  Optional<String> choose(int pronoun, Optional<PersonGenders.Gender> gender, Optional<String> coreference) {
    int sentence = tree.token(pronoun).sentence();
    Map<String, Mention> latest = new HashMap<>();
    for (Mention m : mentions) {
      if (m.token() >= pronoun) {
        break;
      }
      latest.put(m.key(), m);
    }
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Mention m : latest.values()) {
      boolean linked = coreference.filter(m.key()::equals).isPresent();
      int back = sentence - m.sentence();
      if (gender.filter(g -> !genders.compatible(m.key(), g)).isPresent() || (back > WINDOW && !linked)) {
        continue;
      }
      double score =
          m.role()
              - PER_SENTENCE * back
              + (linked ? COREFERENCE : 0)
              + (gender.filter(g -> genders.known(m.key(), g)).isPresent() ? GENDER_KNOWN : 0);
      if (score > bestScore || (score == bestScore && linked)) {
        best = m.key();
        bestScore = score;
      }
    }
    return Optional.ofNullable(best).or(() -> coreference);
  }

  /** The token of the name whose head lies outside it. */
  private int headOf(Span span) {
    int first = tree.tokenAt(span.begin());
    int last = tree.tokenAt(span.end() - 1);
    for (int t = first; t <= last; t++) {
      int h = tree.token(t).head();
      if (h < first || h > last) {
        return t;
      }
    }
    return last;
  }

  /**
   * The role of the phrase the name heads or stands in apposition to ("A professor of economics,
   * Jane Roe, did not go": the subject).
   */
  private double roleOf(int name) {
    Token t = tree.token(name);
    if (t.isRoot()) {
      // The parser found no verb to hang the sentence on and hung it on the name: "Jane Roe, who
      // argued …, spoke" is the usual case.
      return MAIN_SUBJECT;
    }
    while (t.relation().equals("appos") && !t.isRoot()) {
      t = tree.token(t.head());
    }
    if (!t.relation().startsWith("nsubj") || t.isRoot()) {
      return 0;
    }
    Token verb = tree.token(t.head());
    while (verb.relation().equals("conj") && !verb.isRoot()) {
      verb = tree.token(verb.head());
    }
    return verb.isRoot() || CueFinder.isSpeechVerb(verb) ? MAIN_SUBJECT : SUBJECT;
  }
}
