package org.newskg.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newskg.nlp.WordNet;
import org.newskg.nlp.WordVectors;

/**
 * Which unnamed participants ("the victims", "the quake victims"; "the hospital") are one group
 * of people, organization or place, and which unnamed things ("the patch", "the security patch")
 * one thing. Two are joined only with evidence: their articles tell one story ({@link Stories}, on
 * the articles' entities and words), their descriptions have the same type and number, head
 * nouns of one kind ({@link NounKinds}: "quake", "earthquake"; for people also {@link
 * SimilarNouns}: "offender", "inmate"), and the numbers and ordinals among their modifiers
 * ({@link ContrastiveModifiers}) of one include those of the other; organizations and places only
 * across articles, but for an organization's bare noun ("police said"), and things also inside
 * one, where coreference often leaves "the patch" … "the patch" apart. A class of people also joins the one named person its story's
 * articles call by its noun (as a job title or a description), or, when the story calls several
 * so, the one that more of the class's own articles name than any other; a class of an
 * organization, place or thing joins the one named organization or place of its story whose name
 * its noun heads ({@link NameHeads}: "the church", "Vale Street Baptist Church"). A class joins
 * another only when every pair across them is compatible, so "the victims" does not bridge "the
 * first victims" and "the second victims". Unnamed participants are never joined with named
 * entities otherwise. What it judges is read by {@link DescriptionReader}.
 */
final class DescriptionMerge {
  /**
   * A named entity that an article calls by a noun: a person by a title or description
   * ("actress"), an organization or place by the head noun of its name ("church").
   */
  record Described(String entity, String graph, String noun) {}

  /** One unnamed participant as the merge sees it. */
  record Participant(
      String iri,
      String graph,
      String lemma,
      boolean plural,
      String description,
      Set<String> modifiers,
      String type) {
    boolean person() {
      return type.equals(PERSON);
    }

    boolean thing() {
      return type.equals(THING);
    }
  }

  private static final String PERSON = "https://schema.org/Person";
  private static final String THING = "https://schema.org/Thing";
  private static final String ORGANIZATION = "https://schema.org/Organization";

  private static final NounKinds KINDS = new NounKinds(WordNet.get());

  /**
   * Head nouns of people close in the word vectors ("prisoner", "inmate"). The threshold was
   * chosen on the odd ECB+ topics (0.7 and 0.75 scored alike there, 0.75 with higher precision;
   * 0.6 and 0.8 scored less) and confirmed on the even ones.
   */
  private static final SimilarNouns SIMILAR_PEOPLE =
      new SimilarNouns(WordVectors.get(), WordNet.get(), 0.75);

  private final double storyThreshold;

  /**
   * How similar an article that the story grouping left alone must be to its most similar article
   * for its descriptions to join that article's story (events keep the story threshold): one
   * report told in other words than the rest of its story ("the church", "the gunman") still
   * describes its participants. Chosen on the odd ECB+ topics (0.07 and 0.10 scored alike),
   * confirmed on the even; lowering the story threshold itself to 0.10 instead joined the two
   * stories of a topic and lost on the even topics.
   */
  static final double LONE_STORY_THRESHOLD = 0.10;

  DescriptionMerge(double storyThreshold) {
    this.storyThreshold = storyThreshold;
  }


  /**
   * Participants, the nouns named persons are called by, the head nouns of the names of named
   * organizations and places, and, per article graph, its story features.
   */
  record Input(
      List<Participant> participants,
      List<Described> described,
      List<Described> namedKinds,
      Map<String, Set<String>> features) {}

  /** The last word of a description or title, lower-case ("minister" for "Foreign Minister"). */
  static String headWord(String words) {
    String[] w = words.strip().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}'-]+");
    return w.length == 0 ? "" : w[w.length - 1];
  }

  /**
   * The head word stands last in the description; when it is not its own lemma ("victims",
   * "men"), the description is plural. Nouns whose plural is their singular ("police", "people")
   * count as one number, which is what they mean in news.
   */
  static boolean plural(String description, String lemma) {
    if (lemma.chars().anyMatch(Character::isDigit)) {
      return false; // a score ("31 - 24") ends in a number, not in its lemma, and has no plural
    }
    return !headWord(description).equals(lemma);
  }

  /** Whether two descriptions can be of one group of people. */
  static boolean compatible(Participant a, Participant b) {
    if (a.plural() != b.plural() || !a.type().equals(b.type()) || !sameKind(a, b)) {
      return false;
    }
    if (!a.person() && !a.thing() && a.graph().equals(b.graph()) && !bareOrganizations(a, b)) {
      // In one article, coreference has already judged which descriptions of organizations and
      // places corefer; two it left apart ("the country" … "the country") are often two.
      return false;
    }
    Set<String> ma = ContrastiveModifiers.of(a.modifiers());
    Set<String> mb = ContrastiveModifiers.of(b.modifiers());
    return ma.containsAll(mb) || mb.containsAll(ma);
  }

  /**
   * Whether the head nouns are of one kind: by WordNet for everything, and for people also by
   * the word vectors. Things are left to WordNet: on them the vectors join words of one topic
   * ("knee" and "ankle", "user" and "browser") as often as synonyms, which cost precision for no
   * gain on the even ECB+ topics.
   */
  private static boolean sameKind(Participant a, Participant b) {
    return KINDS.sameKind(a.lemma(), b.lemma())
        || (a.person() && SIMILAR_PEOPLE.similar(a.lemma(), b.lemma()));
  }

  /**
   * Two organizations described without determiner or possessor ("police said …", "riot police
   * fired …"): such a noun names the institution the article is about, not one of several, so one
   * article's bare "police" are one, whatever coreference made of them. "the company" … "the
   * company" may be two companies and stays apart (as do places: the same rule for them changed
   * nothing on the ECB+ topics it was tried on).
   */
  static boolean bareOrganizations(Participant a, Participant b) {
    return a.type().equals(ORGANIZATION) && bare(a) && bare(b);
  }

  /** A description without determiner or possessor: its words are its modifiers and its head. */
  private static boolean bare(Participant p) {
    return p.description().strip().split("\\s+").length == p.modifiers().size() + 1;
  }

  /**
   * The owl:sameAs decisions, each from the first member of a class to another, and from a class
   * to the named person its story's articles alone call by its noun.
   *
   * @param named the representative of each named entity IRI's class, for IRIs in one
   */
  List<IdentityDecision> decide(Input input, Map<String, String> named) {
    Map<String, String> story =
        Stories.of(Stories.similarities(input.features()), storyThreshold, LONE_STORY_THRESHOLD);
    // story → noun → named persons (their class representatives) the story calls so
    Map<String, Map<String, Set<String>>> calledBy = new HashMap<>();
    for (Described d : input.described()) {
      String s = story.getOrDefault(d.graph(), d.graph());
      calledBy
          .computeIfAbsent(s, k -> new HashMap<>())
          .computeIfAbsent(d.noun(), k -> new TreeSet<>())
          .add(named.getOrDefault(d.entity(), d.entity()));
    }
    NameHeads nameHeads = new NameHeads(input.namedKinds(), story, named);
    Map<String, List<Participant>> buckets = new TreeMap<>();
    for (Participant p : input.participants()) {
      String s = story.getOrDefault(p.graph(), p.graph());
      buckets.computeIfAbsent(s, k -> new ArrayList<>()).add(p);
    }
    List<IdentityDecision> out = new ArrayList<>();
    for (List<Participant> bucket : buckets.values()) {
      // Fullest descriptions first, so that the class of "the quake victims" is formed before
      // "the victims" chooses one; ties in IRI order, for deterministic output.
      bucket.sort(
          (x, y) ->
              x.modifiers().size() != y.modifiers().size()
                  ? Integer.compare(y.modifiers().size(), x.modifiers().size())
                  : x.iri().compareTo(y.iri()));
      List<List<Participant>> classes = new ArrayList<>();
      for (Participant p : bucket) {
        Optional<List<Participant>> home =
            classes.stream().filter(c -> c.stream().allMatch(q -> compatible(p, q))).findFirst();
        if (home.isPresent()) {
          home.get().add(p);
        } else {
          classes.add(new ArrayList<>(List.of(p)));
        }
      }
      for (List<Participant> c : classes) {
        Participant first = c.get(0);
        for (Participant other : c.subList(1, c.size())) {
          out.add(decision(first, other));
        }
        String s = story.getOrDefault(first.graph(), first.graph());
        nameHeads.entityOf(first, s).ifPresent(e -> out.add(NameHeads.decision(first, e)));
        if (first.plural() || !first.person()) {
          continue;
        }
        Set<String> persons =
            calledBy.getOrDefault(s, Map.of()).getOrDefault(headWord(first.description()), Set.of());
        if (persons.size() > 1) {
          persons = namedInArticlesOf(c, persons, input.features(), named);
        }
        if (persons.size() == 1) {
          out.add(namedDecision(first, persons.iterator().next()));
        }
      }
    }
    return out;
  }

  /**
   * Those of the named persons (class representatives) that the most articles of a class's
   * descriptions name: "the lawyer" of an article that names one of its story's two lawyers is
   * that one.
   */
  private static Set<String> namedInArticlesOf(
      List<Participant> members,
      Set<String> persons,
      Map<String, Set<String>> features,
      Map<String, String> named) {
    Map<String, Integer> articles = new TreeMap<>();
    for (Participant m : members) {
      Set<String> here = new TreeSet<>();
      for (String f : features.getOrDefault(m.graph(), Set.of())) {
        if (f.startsWith("e:")) {
          String rep = named.getOrDefault(f.substring(2), f.substring(2));
          if (persons.contains(rep)) {
            here.add(rep);
          }
        }
      }
      here.forEach(rep -> articles.merge(rep, 1, Integer::sum));
    }
    int most = articles.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    Set<String> out = new TreeSet<>();
    articles.forEach(
        (rep, n) -> {
          if (n == most) {
            out.add(rep);
          }
        });
    return out;
  }

  /**
   * The representative of every IRI these decisions put in a class: the representative of the
   * named person a class joins (the named entity merge's, or the person's own IRI), else the
   * class's smallest IRI. Named IRIs that already have one keep it.
   *
   * @param named the named entity merge's representatives
   */
  static Map<String, String> representatives(
      List<IdentityDecision> decisions, Map<String, String> named) {
    Map<String, String> parent = new HashMap<>();
    Set<String> persons = new HashSet<>();
    for (IdentityDecision d : decisions) {
      if (d.reason() == IdentityDecision.Reason.DESCRIPTION_OF_NAMED_PERSON
          || d.reason() == IdentityDecision.Reason.NAME_HEAD_IN_STORY) {
        persons.add(d.object().orElseThrow());
      }
      String a = root(parent, d.subject());
      String b = root(parent, d.object().orElseThrow());
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    Map<String, String> repOfRoot = new HashMap<>();
    for (String person : new TreeSet<>(persons)) {
      repOfRoot.putIfAbsent(root(parent, person), named.getOrDefault(person, person));
    }
    Map<String, String> out = new TreeMap<>();
    for (IdentityDecision d : decisions) {
      for (String iri : List.of(d.subject(), d.object().orElseThrow())) {
        if (!named.containsKey(iri)) {
          String r = root(parent, iri);
          out.put(iri, repOfRoot.getOrDefault(r, r));
        }
      }
    }
    return out;
  }

  private static String root(Map<String, String> parent, String iri) {
    String p = parent.get(iri);
    return p == null ? iri : root(parent, p);
  }

  private static IdentityDecision namedDecision(Participant p, String person) {
    return new IdentityDecision(
        IdentityDecision.Kind.SAME_AS,
        p.iri(),
        Optional.of(person),
        IdentityDecision.Reason.DESCRIPTION_OF_NAMED_PERSON,
        Optional.empty(),
        "'%s': the articles of its story call one named person only '%s'"
            .formatted(p.description(), headWord(p.description())),
        List.of(p.graph()),
        List.of());
  }

  private static IdentityDecision decision(Participant a, Participant b) {
    String x = a.iri().compareTo(b.iri()) < 0 ? a.iri() : b.iri();
    String y = x.equals(a.iri()) ? b.iri() : a.iri();
    List<String> evidence = a.graph().equals(b.graph()) ? List.of(a.graph()) : List.of(a.graph(), b.graph());
    return new IdentityDecision(
        IdentityDecision.Kind.SAME_AS,
        x,
        Optional.of(y),
        IdentityDecision.Reason.SAME_DESCRIPTION_IN_STORY,
        Optional.empty(),
        "'%s' and '%s' are descriptions of one kind with compatible modifiers in articles of one story"
            .formatted(a.description(), b.description()),
        evidence,
        List.of());
  }
}
