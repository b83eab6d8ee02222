package org.newskg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.Token;

/**
 * Finds who the subject of a reporting verb is: a named entity (directly, or through a pronoun or
 * a definite description that coreference links to it), an anonymous source (described by
 * function: "a State Department spokesperson"), or the author of a document that "says" something
 * ("the statement continued"). Words in captions and credits never name a speaker.
 */
final class SpeakerResolver {
  /** A resolved speaker and the words that name it in this attribution. */
  record Resolved(SpeakerRef speaker, Span mention) {}

  private static final Set<String> SINGULAR_PERSONAL = Set.of("he", "she");
  private static final String AMBIGUOUS = "";

  private final DependencyTree tree;
  private final List<Zone> zones;
  private final Map<Integer, String> entityOfToken = new HashMap<>();
  private final Set<String> persons = new HashSet<>();
  /** Start offsets of named person mentions in body text, with their entity keys. */
  private final TreeMap<Integer, String> personMentions = new TreeMap<>();
  private final Map<Integer, Span> mentionOfToken = new HashMap<>();
  private final AnonymousSources sources;
  private final PersonGenders genders;
  private final PronounSpeakers pronouns;
  /** Surnames of the article's named people, lower case, to the one person each names (null if several). */
  private final Map<String, String> personBySurname = new HashMap<>();
  /** The words of each named person's job titles ("interior", "secretary"). */
  private final Map<String, Set<String>> titleWordsOfPerson = new HashMap<>();
  /** People named as the subject of a reporting verb, by where they are named. */
  private final TreeMap<Integer, String> namedSpeakers = new TreeMap<>();
  private final CoreferenceSpeakers coreference;
  private final NamesInDescriptions namesInDescriptions;
  private final DocumentAuthors documents;
  private final SpeakerNouns nouns;
  private final OrganizationSpeakers organizations;

  /** @param quoted the tokens inside quotation marks */
  SpeakerResolver(DependencyTree tree, List<Entity> entities, List<Zone> zones, boolean[] quoted) {
    this.tree = tree;
    this.zones = zones;
    this.genders = new PersonGenders(entities, tree.analysis().text());
    this.pronouns = new PronounSpeakers(tree, entities, genders, span -> !inNonBodyZone(span), quoted);
    Set<String> organizationsAndPlaces = new HashSet<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        organizationsAndPlaces.add(e.key());
        continue;
      }
      persons.add(e.key());
      Set<String> titleWords = new HashSet<>();
      for (Role r : e.roles()) {
        for (String w : r.jobTitle().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          titleWords.add(w);
        }
      }
      titleWordsOfPerson.put(e.key(), titleWords);
      String[] words = Names.personWords(e.canonicalName());
      if (words.length > 1) {
        String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
        personBySurname.merge(surname, e.key(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
      }
      for (EntityMention m : e.mentions()) {
        if (m.kind() == MentionKind.PROPER && !inNonBodyZone(m.span())) {
          personMentions.put(m.span().begin(), e.key());
        }
      }
    }
    this.sources = new AnonymousSources(tree, entityOfToken, organizationsAndPlaces);
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.kind() == MentionKind.NOMINAL) {
          continue; // descriptions ("the spokesman") are for the speaker rules to read
        }
        int first = tree.tokenAt(m.span().begin());
        for (int t = first; t < tree.analysis().tokens().size() && tree.token(t).begin() < m.span().end(); t++) {
          entityOfToken.put(t, e.key());
          mentionOfToken.put(t, m.span());
        }
      }
    }
    this.coreference = new CoreferenceSpeakers(tree, entityOfToken, sources, span -> !inNonBodyZone(span));
    this.namesInDescriptions = new NamesInDescriptions(tree, entityOfToken, mentionOfToken, persons);
    this.documents = new DocumentAuthors(tree);
    this.nouns = new SpeakerNouns(tree);
    this.organizations = new OrganizationSpeakers(tree, entities, span -> !inNonBodyZone(span));
  }

  /** Whether no person but {@code speaker} is named in body text between the two offsets. */
  boolean noOtherPersonNamed(int from, int to, SpeakerRef speaker) {
    String key = speaker instanceof SpeakerRef.Named n ? n.entityKey() : null;
    return personMentions.subMap(from, to).values().stream().allMatch(k -> k.equals(key));
  }

  List<AnonymousSource> anonymousSources() {
    return sources.all();
  }

  /**
   * The speaker named by the subject token {@code subject}; {@code previous} is the speaker of the
   * statement before, for documents that carry their author's words.
   */
  Optional<Resolved> resolve(int subject, Optional<Resolved> previous) {
    Token s = tree.token(subject);
    Span subjectSpan = new Span(s.begin(), s.end());
    if (inNonBodyZone(subjectSpan)) {
      return Optional.empty();
    }
    if (s.pos().equals("PRP") && SINGULAR_PERSONAL.contains(s.word().toLowerCase(Locale.ROOT))) {
      return personalPronoun(subject, subjectSpan, PersonGenders.of(s.word()).orElseThrow(), previous);
    }
    if (AgeNominals.isAgeNominal(tree, subject)) {
      return ageNominal(subject);
    }
    String key = entityOfToken.get(subject);
    Optional<PersonGenders.Gender> pronounGender =
        s.pos().equals("PRP") ? PersonGenders.of(s.word()) : Optional.empty();
    if (key != null && pronounGender.isPresent() && !fits(new SpeakerRef.Named(key), pronounGender.get())) {
      key = null; // coreference gave "he" to a woman the article calls "she" throughout
    }
    if (key != null) {
      if (persons.contains(key) && !s.pos().startsWith("PRP")) {
        namedSpeakers.put(s.begin(), key);
      } else if (!s.pos().startsWith("PRP")) {
        organizations.spoke(subject, key);
      }
      return Optional.of(new Resolved(new SpeakerRef.Named(key), mentionOfToken.get(subject)));
    }
    Optional<String> bySurname = surnameOfNamedPerson(s);
    if (bySurname.isPresent()) {
      namedSpeakers.put(s.begin(), bySurname.get());
      pronouns.speakerNamedAt(subject, bySurname.get());
      return Optional.of(new Resolved(new SpeakerRef.Named(bySurname.get()), subjectSpan));
    }
    if (s.pos().startsWith("PRP")) {
      Optional<PersonGenders.Gender> gender = PersonGenders.of(s.word());
      Optional<Resolved> linked =
          coreference.of(subject, subjectSpan).filter(r -> gender.isEmpty() || fits(r.speaker(), gender.get()));
      if (linked.isPresent() || !SINGULAR_PERSONAL.contains(s.word().toLowerCase(Locale.ROOT))) {
        return linked;
      }
      return recentPerson(subject, previous, gender.orElseThrow())
          .map(k -> new Resolved(new SpeakerRef.Named(k), subjectSpan));
    }
    if (!s.pos().startsWith("NN") && !(s.pos().equals("CD") && nouns.ofPeople(subject))) {
      return Optional.empty(); // "Two of the jurors said" is the one number that may speak
    }
    String lemma = s.lemma().toLowerCase(Locale.ROOT);
    Span phrase = nouns.nounPhrase(subject);
    Optional<Integer> named = namesInDescriptions.namedInApposition(subject);
    if (named.isPresent()) {
      // "The secretary general of the conference, Jane Roe, said": the name is the speaker.
      organizations.spoke(subject, entityOfToken.get(named.get()));
      return Optional.of(
          new Resolved(new SpeakerRef.Named(entityOfToken.get(named.get())), mentionOfToken.get(named.get())));
    }
    Optional<Integer> organization = organizations.namedBeside(subject, entityOfToken);
    if (organization.isPresent()) {
      return resolve(organization.get(), previous);
    }
    boolean document =
        (DocumentNouns.isDocument(s) || documents.compoundDocument(subject)) && !SpeakerNouns.isPersonNoun(s);
    if (document) {
      Optional<Integer> author = documents.authorOf(subject);
      if (author.isPresent()) {
        return resolve(author.get(), previous).map(r -> new Resolved(r.speaker(), phrase));
      }
      if (nouns.isDefinite(subject)) {
        Optional<Integer> issuer = documents.issuerOf(subject);
        if (issuer.isPresent()) {
          return resolve(issuer.get(), previous).map(r -> new Resolved(r.speaker(), phrase));
        }
        if (CueLexicon.DOCUMENT_NOUNS.contains(lemma) && previous.isPresent()) {
          // "the statement continued": whoever the statement quoted before speaks on.
          return previous.map(p -> new Resolved(p.speaker(), phrase));
        }
      }
    }
    if (nouns.isDefinite(subject)) {
      Optional<Resolved> linked = coreference.of(subject, phrase);
      if (linked.isPresent()) {
        return linked;
      }
      Optional<AnonymousSource> known = sources.latestWithHead(subject);
      if (known.isPresent()) {
        sources.addMention(known.get(), phrase);
        return Optional.of(new Resolved(refOf(known.get()), phrase));
      }
      Optional<String> titled = onePersonTitled(lemma);
      if (titled.isPresent()) {
        // "Interior Secretary Jane Roe … the secretary said": the one person with that title.
        return Optional.of(new Resolved(new SpeakerRef.Named(titled.get()), phrase));
      }
    }
    if (PlaceAndGroupNouns.isOrganization(lemma) && !SpeakerNouns.isPersonNoun(s)) {
      Optional<String> spoke = nouns.isDefinite(subject) ? organizations.referredToBy(subject) : Optional.empty();
      if (spoke.isPresent()) {
        return Optional.of(new Resolved(new SpeakerRef.Named(spoke.get()), phrase));
      }
      // "Police said", "the company said": the organization speaks, not a person of it.
      return Optional.of(new Resolved(new SpeakerRef.Unnamed(subjectSpan), phrase));
    }
    if (document) {
      // "According to court records", "the report says": a document whose author goes unnamed.
      Span described = documents.documentPhrase(subject);
      AnonymousSource source = sources.createDocument(subject, described);
      return Optional.of(new Resolved(refOf(source), described));
    }
    if (SpeakerNouns.isPersonNoun(s) || nouns.ofPeople(subject) || nouns.describesPeople(subject)) {
      AnonymousSource source = sources.create(subject, phrase);
      return Optional.of(new Resolved(refOf(source), phrase));
    }
    // "… about 7 p.m., police said" parsed with "p.m." as subject and the police in apposition.
    Optional<Integer> apposition = tree.child(subject, "appos");
    return apposition.isPresent() ? resolve(apposition.get(), previous) : Optional.empty();
  }

  /**
   * "he" or "she": the person {@link PronounSpeakers} scores highest, with what coreference says
   * as one of its clues; an unnamed source when coreference links the pronoun to one ("a U.S.
   * official … he said").
   */
  private Optional<Resolved> personalPronoun(
      int subject, Span subjectSpan, PersonGenders.Gender gender, Optional<Resolved> previous) {
    Optional<String> linked = Optional.ofNullable(entityOfToken.get(subject));
    if (linked.isEmpty()) {
      Optional<Resolved> chain = coreference.of(subject, subjectSpan);
      if (chain.isPresent() && chain.get().speaker() instanceof SpeakerRef.Anonymous) {
        return chain;
      }
      Optional<Resolved> anonymous = anonymousJustBefore(subject, subjectSpan, gender);
      if (anonymous.isPresent()) {
        return anonymous;
      }
      linked = chain.map(r -> ((SpeakerRef.Named) r.speaker()).entityKey());
    }
    linked = linked.filter(k -> persons.contains(k) && genders.compatible(k, gender));
    return pronouns
        .choose(subject, gender, linked)
        .or(() -> recentPerson(subject, previous, gender))
        .map(k -> new Resolved(new SpeakerRef.Named(k), subjectSpan));
  }

  /**
   * "“…,” said the 29-year-old": news names a person by their age once they have been named; like
   * "he" or "she", it is the person the text is about at that point, of either gender.
   */
  private Optional<Resolved> ageNominal(int old) {
    Span phrase = AgeNominals.phrase(tree, old);
    Optional<String> linked =
        coreference.of(old, phrase)
            .filter(r -> r.speaker() instanceof SpeakerRef.Named n && persons.contains(n.entityKey()))
            .map(r -> ((SpeakerRef.Named) r.speaker()).entityKey());
    return pronouns.choose(old, Optional.empty(), linked).map(k -> new Resolved(new SpeakerRef.Named(k), phrase));
  }

  /**
   * "A police spokeswoman said … She added: “…”": the unnamed person named last before the
   * pronoun, in its sentence or the one before, when no person is named in between and the noun
   * does not say the other gender (the nouns' genders are CoreNLP's coreference lists).
   */
  private Optional<Resolved> anonymousJustBefore(int pronoun, Span pronounSpan, PersonGenders.Gender gender) {
    Optional<AnonymousSources.Mentioned> latest = sources.latestPersonBefore(pronounSpan.begin());
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    Span mention = latest.get().mention();
    int back = tree.token(pronoun).sentence() - tree.token(tree.tokenAt(mention.begin())).sentence();
    boolean fits = NounGenders.of(latest.get().headLemma()).map(g -> g == gender).orElse(true);
    if (back > 1 || !fits || !personMentions.subMap(mention.end(), pronounSpan.begin()).isEmpty()) {
      return Optional.empty();
    }
    sources.addMention(latest.get().source(), pronounSpan);
    return Optional.of(new Resolved(refOf(latest.get().source()), pronounSpan));
  }

  /**
   * When coreference leaves "he" or "she" unresolved: the speaker of the statement before if that
   * is a named person, else the nearest person named before the pronoun.
   */
  private Optional<String> recentPerson(int pronoun, Optional<Resolved> previous, PersonGenders.Gender gender) {
    if (previous.isPresent()
        && previous.get().speaker() instanceof SpeakerRef.Named n
        && persons.contains(n.entityKey())
        && genders.compatible(n.entityKey(), gender)) {
      return Optional.of(n.entityKey());
    }
    int at = tree.token(pronoun).begin();
    for (String key : namedSpeakers.headMap(at, false).descendingMap().values()) {
      if (genders.compatible(key, gender)) {
        return Optional.of(key);
      }
    }
    for (String key : personMentions.headMap(at, false).descendingMap().values()) {
      if (genders.compatible(key, gender)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** The one named person whose job title has this word, if exactly one has. */
  private Optional<String> onePersonTitled(String word) {
    List<String> found =
        titleWordsOfPerson.entrySet().stream()
            .filter(e -> e.getValue().contains(word))
            .map(Map.Entry::getKey)
            .toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * A named person may be "he" or "she" unless the article's own pronouns and titles say
   * otherwise; a document never is.
   */
  private boolean fits(SpeakerRef speaker, PersonGenders.Gender gender) {
    if (speaker instanceof SpeakerRef.Document) {
      return false;
    }
    return !(speaker instanceof SpeakerRef.Named n)
        || !persons.contains(n.entityKey())
        || genders.compatible(n.entityKey(), gender);
  }

  static SpeakerRef refOf(AnonymousSource source) {
    return source.document()
        ? new SpeakerRef.Document(source.firstMention())
        : new SpeakerRef.Anonymous(source.firstMention());
  }

  /**
   * "Dr. Roe said", "Roe said" where the tagger missed the name (or took it for a verb): a
   * capitalized word that is the surname of exactly one person the article names in full.
   */
  private Optional<String> surnameOfNamedPerson(Token t) {
    if (!Character.isUpperCase(t.word().charAt(0))) {
      return Optional.empty();
    }
    String key = personBySurname.get(t.word().toLowerCase(Locale.ROOT));
    return key == null || key.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(key);
  }

  private boolean inNonBodyZone(Span span) {
    for (Zone z : zones) {
      if (z.span().overlaps(span)) {
        return true; // captions describe photos; credits and bylines name their makers
      }
    }
    return false;
  }
}
