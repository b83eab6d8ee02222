package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * Finds the people, organizations and places an article describes without a name: noun phrases
 * headed by a common noun that denotes people ({@link Animacy}: "a man", "the victims", "police")
 * or names an organization or a place ({@link PlaceAndGroupNouns}: "the company", "the
 * hospital"), or else a thing that takes part ({@link ThingNouns}: "the patch", "a car"), and not
 * already part of a named entity or an anonymous source. A coreference chain with no name in it gives one
 * participant with its descriptions and pronouns; a description outside any chain is one on its
 * own. Predicate nouns ("he is a surgeon") and appositions of a name ("Ana Ruiz, a teacher")
 * describe someone already mentioned and are left out, and so are credits, bylines and page
 * furniture.
 */
final class UnnamedParticipants {
  private static final Set<String> PERSONAL_PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs");

  /**
   * Number words are not people even where the animacy lists say so ("thousands"), and the people
   * they count ("thousands of fans") are a quantity rather than a participant one can refer back to.
   */
  private static final Set<String> NUMBER_WORDS =
      Set.of("dozen", "hundred", "thousand", "million", "billion");

  private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "they", "them", "their");

  /** Dependents before the head that belong to a short description of it. */
  private static final Set<String> PREMODIFIERS =
      Set.of("det", "amod", "compound", "nummod", "nmod:poss", "det:predet");

  List<UnnamedParticipant> find(
      Analysis analysis, List<Zone> zones, List<Entity> entities, List<AnonymousSource> sources) {
    List<Token> tokens = analysis.tokens();
    boolean[] taken = takenTokens(analysis, entities, sources);
    DependencyTree tree = new DependencyTree(analysis);
    Map<Integer, Description> byHead = new LinkedHashMap<>();
    boolean[] hasCopula = new boolean[tokens.size()];
    for (Token t : tokens) {
      if (t.relation().equals("cop") && t.head() >= 0) {
        hasCopula[t.head()] = true;
      }
    }
    // An apposition describes its neighbour ("Ana Ruiz, a teacher"): the description is that
    // person's, not someone new.
    boolean[] apposedToTaken = new boolean[tokens.size()];
    for (Token t : tokens) {
      if (t.relation().equals("appos") && t.head() >= 0) {
        apposedToTaken[t.index()] |= taken[t.head()];
        apposedToTaken[t.head()] |= taken[t.index()];
      }
    }
    HeadlineNouns headline = new HeadlineNouns(tree);
    for (Token written : tokens) {
      Token t = headline.asCommonNoun(written);
      Optional<EntityType> type = descriptionType(analysis, t);
      if (type.isPresent()
          && !taken[t.index()]
          && !hasCopula[t.index()]
          && !apposedToTaken[t.index()]) {
        Description d = describe(tree, t, type.get());
        if (!inExcludedZone(d.span(), zones)) {
          byHead.put(t.index(), d);
        }
      }
    }
    for (Scores.Score score : Scores.find(analysis)) {
      Span span = new Span(tokens.get(score.first()).begin(), tokens.get(score.last()).end());
      if (!taken[score.first()] && !inExcludedZone(span, zones)) {
        byHead.putIfAbsent(
            score.first(),
            new Description(
                span, span.of(analysis.text()), score.key(analysis), Set.of(), EntityType.THING));
      }
    }
    List<Group> groups = new ArrayList<>();
    Set<Integer> used = new java.util.HashSet<>();
    for (CorefChain chain : analysis.chains()) {
      if (chain.mentions().stream().anyMatch(m -> taken[m.headToken()])) {
        // A chain with a name or an anonymous source in it is theirs: its descriptions that
        // were not attached to them are no one else.
        chain.mentions().forEach(m -> used.add(m.headToken()));
        continue;
      }
      Group g = new Group(new ArrayList<>(), new ArrayList<>());
      for (CorefMention m : chain.mentions()) {
        Description d = byHead.get(m.headToken());
        if (d != null && fitsChain(d, g.descriptions()) && used.add(m.headToken())) {
          g.descriptions().add(d);
          g.mentions().add(d.mention());
        } else if (m.kind() == MentionKind.PRONOMINAL
            && pronounFits(m.text(), g.descriptions())
            && !inExcludedZone(new Span(m.begin(), m.end()), zones)) {
          g.mentions().add(new EntityMention(new Span(m.begin(), m.end()), m.text(), MentionKind.PRONOMINAL));
        }
      }
      if (!g.descriptions().isEmpty()) {
        groups.add(g);
      }
    }
    for (Map.Entry<Integer, Description> e : byHead.entrySet()) {
      if (used.add(e.getKey())) {
        groups.add(new Group(new ArrayList<>(List.of(e.getValue())), new ArrayList<>(List.of(e.getValue().mention()))));
      }
    }
    attachByAntecedent(analysis, zones, taken, groups);
    List<UnnamedParticipant> out = new ArrayList<>();
    for (Group g : groups) {
      out.add(participant(g.descriptions(), g.mentions()));
    }
    out.sort((a, b) -> a.firstMention().compareTo(b.firstMention()));
    return out;
  }

  /**
   * A description of a thing never joins a chain of people, organizations or places, nor the other
   * way round: coreference that links "the driver" and "the car" has erred, and each stays a
   * participant of its own.
   */
  private static boolean fitsChain(Description d, List<Description> chain) {
    return chain.isEmpty()
        || (chain.get(0).type() == EntityType.THING) == (d.type() == EntityType.THING);
  }

  /**
   * "he", "she", "they" for people; "it", "its", "they", "their" for organizations and places. Checked
   * against the chain's first description, so a pronoun before it waits for the chain's type.
   */
  private static boolean pronounFits(String pronoun, List<Description> descriptions) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (descriptions.isEmpty() || descriptions.get(0).type() == EntityType.PERSON) {
      return PERSONAL_PRONOUNS.contains(p);
    }
    return THING_PRONOUNS.contains(p);
  }

  /** The descriptions and mentions of one participant while they are gathered. */
  private record Group(List<Description> descriptions, List<EntityMention> mentions) {}

  /** Relative and reflexive pronouns whose antecedent heads one of a group's mentions join it. */
  private static void attachByAntecedent(
      Analysis analysis, List<Zone> zones, boolean[] taken, List<Group> groups) {
    Group[] owner = new Group[analysis.tokens().size()];
    for (Group g : groups) {
      for (EntityMention m : g.mentions()) {
        for (Token t : analysis.tokens()) {
          if (t.begin() >= m.span().begin() && t.end() <= m.span().end()) {
            owner[t.index()] = g;
          }
        }
      }
    }
    for (Token t : analysis.tokens()) {
      boolean thingRelative = Antecedents.isThingRelative(t);
      if (!(Antecedents.isCandidate(t) || thingRelative)
          || taken[t.index()]
          || owner[t.index()] != null) {
        continue;
      }
      Span span = new Span(t.begin(), t.end());
      if (inExcludedZone(span, zones)) {
        continue;
      }
      Antecedents.of(analysis, t)
          .map(a -> owner[a])
          .filter(g -> !thingRelative || g.descriptions().get(0).type() == EntityType.THING)
          .ifPresent(
              g ->
                  g.mentions()
                      .add(new EntityMention(span, span.of(analysis.text()), MentionKind.PRONOMINAL)));
    }
  }

  /** One description: its span, words, head lemma and the lemmas of its premodifiers. */
  record Description(
      Span span, String text, String headLemma, Set<String> modifiers, EntityType type) {
    EntityMention mention() {
      return new EntityMention(span, text, MentionKind.NOMINAL);
    }
  }

  private static UnnamedParticipant participant(
      List<Description> descriptions, List<EntityMention> mentions) {
    // The first description is the fullest one of its kind in news ("a 45-year-old man", then
    // "the man"); it names the participant.
    Description first = descriptions.get(0);
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    List<EntityMention> unique = new ArrayList<>();
    for (EntityMention m : sorted) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).span().equals(m.span())) {
        unique.add(m);
      }
    }
    return new UnnamedParticipant(
        first.type(), first.span(), first.text(), first.headLemma(), first.modifiers(), unique);
  }

  /**
   * The type of the description a token heads, if it heads one: a person, organization or place
   * by its noun, else a thing ({@link ThingNouns}).
   */
  private static Optional<EntityType> descriptionType(Analysis analysis, Token t) {
    if (NUMBER_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (t.relation().startsWith("nmod") && !t.isRoot()) {
      Token gov = analysis.token(t.head());
      if (gov.pos().equals("CD") || NUMBER_WORDS.contains(gov.lemma().toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    if (ThingNouns.isNamedThing(analysis, t)) {
      return Optional.of(EntityType.THING);
    }
    if (!(t.pos().equals("NN") || t.pos().equals("NNS"))
        || !(t.ner().equals("O") || t.ner().equals("TITLE"))
        || t.relation().equals("compound")) { // "police" in "police officers" is not the head
      return Optional.empty();
    }
    Optional<EntityType> type = typeOf(t);
    return type.isPresent() || !ThingNouns.isThing(t) ? type : Optional.of(EntityType.THING);
  }

  /**
   * An organization by its noun ("the police", "the team": groups the animacy lists call
   * people), else a person when the animacy lists say so, else a place by its noun, else a
   * person when NER tags the noun a title ("the shooter") and WordNet's most frequent sense of it
   * is a person's. Untagged nouns are not read in WordNet: measured, that gained nothing on ECB+
   * and typed a few more GUM mentions wrong.
   */
  private static Optional<EntityType> typeOf(Token head) {
    if (PlaceAndGroupNouns.isOrganization(head.lemma())) {
      return Optional.of(EntityType.ORGANIZATION);
    }
    if (Animacy.get().isPerson(head.lemma(), head.word())) {
      return Optional.of(EntityType.PERSON);
    }
    Optional<EntityType> type = PlaceAndGroupNouns.typeOf(head.lemma());
    if (type.isEmpty() && head.ner().equals("TITLE") && WordNetPersons.isPerson(head.lemma())) {
      return Optional.of(EntityType.PERSON);
    }
    return type;
  }

  /** The head with the contiguous determiners, adjectives, numbers and nouns before it. */
  static Description describe(DependencyTree tree, Token head) {
    return describe(tree, head, typeOf(head).orElse(EntityType.PERSON));
  }

  private static Description describe(DependencyTree tree, Token head, EntityType type) {
    int first = head.index();
    List<Integer> children = new ArrayList<>(tree.children(head.index()));
    children.sort((a, b) -> Integer.compare(b, a));
    for (int c : children) {
      if (c > head.index()) {
        continue;
      }
      int[] range = tree.subtreeRange(c);
      if (!PREMODIFIERS.contains(tree.token(c).relation()) || range[1] != first) {
        break;
      }
      first = range[0];
    }
    Analysis analysis = tree.analysis();
    Span span = new Span(analysis.token(first).begin(), head.end());
    Set<String> modifiers = new LinkedHashSet<>();
    for (int t = first; t < head.index(); t++) {
      Token tok = analysis.token(t);
      String rel = tok.relation();
      if (!rel.startsWith("det") && !rel.equals("case") && !rel.equals("nmod:poss")
          && !rel.equals("punct") && !tok.pos().startsWith("PRP")) {
        modifiers.add(tok.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return new Description(
        span,
        span.of(analysis.text()),
        head.lemma().toLowerCase(Locale.ROOT),
        modifiers,
        type);
  }

  private static boolean[] takenTokens(
      Analysis analysis, List<Entity> entities, List<AnonymousSource> sources) {
    List<Span> spans = new ArrayList<>();
    entities.forEach(e -> e.mentions().forEach(m -> spans.add(m.span())));
    for (AnonymousSource s : sources) {
      spans.add(s.firstMention());
      s.mentions().forEach(m -> spans.add(m.span()));
    }
    boolean[] taken = new boolean[analysis.tokens().size()];
    for (Token t : analysis.tokens()) {
      Span ts = new Span(t.begin(), t.end());
      for (Span s : spans) {
        if (s.overlaps(ts) && isHeadOf(analysis, t, s)) {
          taken[t.index()] = true;
          break;
        }
      }
    }
    return taken;
  }

  /**
   * Whether the token heads the span: its governor lies outside it. "the victim's family" holds a
   * named mention nowhere, but "Obama's lawyer" holds "Obama", whose token is not the head.
   */
  private static boolean isHeadOf(Analysis analysis, Token t, Span s) {
    if (t.isRoot()) {
      return true;
    }
    Token gov = analysis.token(t.head());
    return gov.begin() < s.begin() || gov.end() > s.end();
  }

  private static boolean inExcludedZone(Span span, List<Zone> zones) {
    return zones.stream().anyMatch(z -> z.kind() != ZoneKind.CAPTION && z.span().overlaps(span));
  }
}
