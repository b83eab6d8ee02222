package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
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

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> SINGULAR_PERSONAL = Set.of("he", "she");

  private final DependencyTree tree;
  private final List<Zone> zones;
  private final Map<Integer, String> entityOfToken = new HashMap<>();
  private final Set<String> persons = new HashSet<>();
  /** Start offsets of named person mentions in body text, with their entity keys. */
  private final TreeMap<Integer, String> personMentions = new TreeMap<>();
  private final Map<Integer, Span> mentionOfToken = new HashMap<>();
  private final Map<Integer, CorefMention> corefOfHead = new HashMap<>();
  private final Map<CorefMention, CorefChain> chainOf = new HashMap<>();
  private final AnonymousSources sources;
  private final PersonGenders genders;
  private final PronounSpeakers pronouns;
  /** Surnames of the article's named people, lower case, to the one person each names (null if several). */
  private final Map<String, String> personBySurname = new HashMap<>();
  /** The words of each named person's job titles ("interior", "secretary"). */
  private final Map<String, Set<String>> titleWordsOfPerson = new HashMap<>();
  /** People named as the subject of a reporting verb, by where they are named. */
  private final TreeMap<Integer, String> namedSpeakers = new TreeMap<>();

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
    for (CorefChain chain : tree.analysis().chains()) {
      for (CorefMention m : chain.mentions()) {
        corefOfHead.put(m.headToken(), m);
        chainOf.put(m, chain);
      }
    }
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
          throughCoreference(subject, subjectSpan).filter(r -> gender.isEmpty() || fits(r.speaker(), gender.get()));
      if (linked.isPresent() || !SINGULAR_PERSONAL.contains(s.word().toLowerCase(Locale.ROOT))) {
        return linked;
      }
      return recentPerson(subject, previous, gender.orElseThrow())
          .map(k -> new Resolved(new SpeakerRef.Named(k), subjectSpan));
    }
    if (!s.pos().startsWith("NN") && !(s.pos().equals("CD") && ofPeople(subject))) {
      return Optional.empty(); // "Two of the jurors said" is the one number that may speak
    }
    String lemma = s.lemma().toLowerCase(Locale.ROOT);
    Span phrase = nounPhrase(subject);
    Optional<Integer> named = namedInApposition(subject);
    if (named.isPresent()) {
      // "The secretary general of the conference, Jane Roe, said": the name is the speaker.
      return Optional.of(
          new Resolved(new SpeakerRef.Named(entityOfToken.get(named.get())), mentionOfToken.get(named.get())));
    }
    boolean document = (DocumentNouns.isDocument(s) || compoundDocument(subject)) && !isPersonNoun(s);
    if (document) {
      Optional<Integer> author = authorOf(subject);
      if (author.isPresent()) {
        return resolve(author.get(), previous).map(r -> new Resolved(r.speaker(), phrase));
      }
      if (isDefinite(subject)) {
        Optional<Integer> issuer = issuerOf(subject);
        if (issuer.isPresent()) {
          return resolve(issuer.get(), previous).map(r -> new Resolved(r.speaker(), phrase));
        }
        if (CueLexicon.DOCUMENT_NOUNS.contains(lemma) && previous.isPresent()) {
          // "the statement continued": whoever the statement quoted before speaks on.
          return previous.map(p -> new Resolved(p.speaker(), phrase));
        }
      }
    }
    if (isDefinite(subject)) {
      Optional<Resolved> linked = throughCoreference(subject, phrase);
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
    if (PlaceAndGroupNouns.isOrganization(lemma) && !isPersonNoun(s)) {
      // "Police said", "the company said": the organization speaks, not a person of it.
      return Optional.of(new Resolved(new SpeakerRef.Unnamed(subjectSpan), phrase));
    }
    if (document) {
      // "According to court records", "the report says": a document whose author goes unnamed.
      Span described = documentPhrase(subject);
      AnonymousSource source = sources.createDocument(subject, described);
      return Optional.of(new Resolved(refOf(source), described));
    }
    if (isPersonNoun(s) || ofPeople(subject) || describesPeople(subject)) {
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
      Optional<Resolved> chain = throughCoreference(subject, subjectSpan);
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
        throughCoreference(old, phrase)
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

  private static SpeakerRef refOf(AnonymousSource source) {
    return source.document()
        ? new SpeakerRef.Document(source.firstMention())
        : new SpeakerRef.Anonymous(source.firstMention());
  }

  /**
   * "Msgr. Farmer said", "Fanning said" where the tagger missed the name (or took it for a verb): a
   * capitalized word that is the surname of exactly one person the article names in full.
   */
  private Optional<String> surnameOfNamedPerson(Token t) {
    if (!Character.isUpperCase(t.word().charAt(0))) {
      return Optional.empty();
    }
    String key = personBySurname.get(t.word().toLowerCase(Locale.ROOT));
    return key == null || key.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(key);
  }

  private static final String AMBIGUOUS = "";

  /** Earlier mentions of the subject's coreference chain that name an entity or a source. */
  private Optional<Resolved> throughCoreference(int subject, Span mention) {
    CorefMention m = corefOfHead.get(subject);
    if (m == null) {
      return Optional.empty();
    }
    List<CorefMention> earlier = new ArrayList<>();
    for (CorefMention other : chainOf.get(m).mentions()) {
      if (other.begin() < m.begin() && other.kind() != MentionKind.PRONOMINAL) {
        earlier.add(other);
      }
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CorefMention antecedent = earlier.get(i);
      if (inNonBodyZone(new Span(antecedent.begin(), antecedent.end()))) {
        continue;
      }
      String key = entityOfToken.get(antecedent.headToken());
      if (key != null) {
        return Optional.of(new Resolved(new SpeakerRef.Named(key), mention));
      }
      Optional<AnonymousSource> source = sources.startingAt(antecedent.headToken());
      if (source.isPresent()) {
        sources.addMention(source.get(), mention);
        return Optional.of(new Resolved(refOf(source.get()), mention));
      }
    }
    return Optional.empty();
  }

  /** How many sentences back "the statement" may look for the one who issued it. */
  private static final int ISSUER_SENTENCES = 3;

  /**
   * "Kraft Foods issued a statement … The statement expresses …": who issued, released or sent the
   * document a definite description refers back to, as the subject of the verb taking the same
   * noun as its object a few sentences before, or as the author of that noun ("according to a
   * statement from the navy … the statement said").
   */
  private Optional<Integer> issuerOf(int document) {
    String lemma = tree.token(document).lemma().toLowerCase(Locale.ROOT);
    int sentence = tree.token(document).sentence();
    for (int t = document - 1; t >= 0 && sentence - tree.token(t).sentence() <= ISSUER_SENTENCES; t--) {
      Token w = tree.token(t);
      if (!w.lemma().equalsIgnoreCase(lemma) || w.isRoot()) {
        continue;
      }
      Optional<Integer> author = authorOf(t);
      if (author.isPresent()) {
        return author;
      }
      if (w.relation().equals("obj")) {
        return tree.child(w.head(), "nsubj");
      }
    }
    return Optional.empty();
  }

  /**
   * "the post by an unknown author", "a statement from the county police", "the mayor's
   * announcement": who a document speaks for.
   */
  /** "her biography", "his criminal record": documents about their possessor, not by them. */
  private boolean isAboutItsPossessor(int document) {
    return tree.child(document, "nmod:poss").isPresent()
        && CueLexicon.DOCUMENTS_ABOUT_POSSESSOR.contains(tree.token(document).lemma().toLowerCase(Locale.ROOT));
  }

  private Optional<Integer> authorOf(int document) {
    Optional<Integer> possessor = tree.child(document, "nmod:poss");
    if (possessor.isPresent()) {
      return isAboutItsPossessor(document) ? Optional.empty() : possessor;
    }
    for (int c : tree.children(document)) {
      boolean by =
          tree.children(c).stream()
              .anyMatch(k -> tree.token(k).relation().equals("case")
                  && (tree.token(k).lemma().equalsIgnoreCase("by") || tree.token(k).lemma().equalsIgnoreCase("from")));
      if (by && tree.token(c).pos().startsWith("NN")) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The one person named inside a descriptive subject: "Tunisia's coach Nabil Maaloul", "the
   * secretary general of the conference, Jane Roe,". A name behind a preposition is whom the
   * description serves, not the speaker ("a spokesman for Governor Jane Doe"); relative clauses
   * are not looked into.
   */
  private Optional<Integer> namedInApposition(int noun) {
    Set<String> keys = new HashSet<>();
    Integer found = null;
    for (int t : phraseTokens(noun, new ArrayList<>())) {
      if (tree.token(t).pos().startsWith("PRP")) {
        continue; // "his father Jane Roe": the possessor is whom the description relates to
      }
      String key = entityOfToken.get(t);
      if (key != null && persons.contains(key) && !behindPreposition(t)) {
        keys.add(key);
        found = found == null ? t : found;
      }
    }
    if (keys.size() == 1) {
      return Optional.of(found);
    }
    // "the Crown prosecutor, Mark Tedeschi, said": a name in apposition right after the phrase.
    int after = tree.subtreeRange(noun)[1];
    if (keys.isEmpty() && after + 1 < tree.analysis().tokens().size() && tree.token(after).word().equals(",")) {
      String key = entityOfToken.get(after + 1);
      if (key != null && persons.contains(key)) {
        return Optional.of(after + 1);
      }
    }
    return Optional.empty();
  }

  private List<Integer> phraseTokens(int head, List<Integer> out) {
    out.add(head);
    for (int c : tree.children(head)) {
      String r = tree.token(c).relation();
      // "Reid's rep": the possessor is whom the description serves, not the speaker.
      if (!r.startsWith("acl") && !r.equals("punct") && !r.equals("nmod:poss")) {
        phraseTokens(c, out);
      }
    }
    return out;
  }

  /**
   * Whether the name at token {@code t} follows a preposition, titles aside: "a spokesman for
   * Governor Jane Doe" (Doe is whom he speaks for), not "Afghan Ambassador to the United States
   * Hamdullah Mohib" (the name ends the description).
   */
  private boolean behindPreposition(int t) {
    int j = tree.tokenAt(mentionOfToken.get(t).begin()) - 1;
    while (j >= 0 && (tree.token(j).ner().equals("TITLE") || tree.token(j).pos().equals("DT"))) {
      j--;
    }
    return j >= 0 && (tree.token(j).pos().equals("IN") || tree.token(j).pos().equals("TO"));
  }

  private boolean isDefinite(int noun) {
    return tree.child(noun, "det")
        .map(d -> DEFINITE.contains(tree.token(d).lemma().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  /**
   * A noun of people the lexicon lacks ("jurors", "a defector"), by WordNet: plural, or with a
   * determiner or a number ("one man told reporters"). A bare singular ("Australian woman claims …", a headline) is left alone: it would
   * become a source that a later "she" is given to.
   */
  private boolean describesPeople(int noun) {
    Token t = tree.token(noun);
    if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP") || !WordNetPersons.isPerson(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return t.pos().equals("NNS")
        || tree.children(noun).stream().anyMatch(c -> Set.of("det", "nummod").contains(tree.token(c).relation()));
  }

  /** "the charge sheet": a compound WordNet knows as a document. */
  private boolean compoundDocument(int noun) {
    return noun > 0 && tree.token(noun - 1).relation().equals("compound") && tree.token(noun - 1).head() == noun
        && DocumentNouns.isDocument(tree.token(noun - 1), tree.token(noun));
  }

  private static boolean isPersonNoun(Token t) {
    return CueLexicon.PERSON_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))
        || CueLexicon.PERSON_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
        || t.ner().equals("TITLE");
  }

  /**
   * A share or number of people: "55 percent of respondents", "most of the residents", "two of
   * the jurors". The quantity heads the phrase; the people follow "of".
   */
  private boolean ofPeople(int head) {
    Token h = tree.token(head);
    boolean quantity =
        h.ner().equals("PERCENT") || h.ner().equals("NUMBER") || h.pos().equals("CD")
            || QUANTITY_NOUNS.contains(h.lemma().toLowerCase(Locale.ROOT));
    return quantity
        && tree.children(head).stream()
            .anyMatch(c -> tree.token(c).relation().startsWith("nmod")
                && (isPersonNoun(tree.token(c)) || Animacy.get().isPerson(tree.token(c).lemma(), tree.token(c).word()))
                && tree.children(c).stream().anyMatch(k -> tree.token(k).lemma().equalsIgnoreCase("of")));
  }

  /** Nouns that count or share out a group: the group is what speaks. */
  private static final Set<String> QUANTITY_NOUNS =
      Set.of("percent", "%", "half", "third", "quarter", "majority", "minority", "most", "many",
          "some", "few", "number", "dozen", "dozens", "hundreds", "thousands", "group", "all");

  /** The subject's noun phrase, without a preposition before it ("according to …"). */
  Span nounPhrase(int head) {
    int[] range = tree.subtreeRange(head);
    int first = range[0];
    for (int c : tree.children(head)) {
      String r = tree.token(c).relation();
      if (c < head && (r.equals("case") || r.equals("punct"))) {
        first = Math.max(first, tree.subtreeRange(c)[1]);
      }
    }
    return tree.span(Math.min(first, head), range[1]);
  }

  /**
   * A document's description: its noun phrase up to the first clause, apposition or comma after
   * the head ("a message" of "a message stating, …"; "posts on the message board").
   */
  private Span documentPhrase(int head) {
    int first = head;
    int end = tree.subtreeRange(head)[1];
    for (int c : tree.children(head)) {
      String r = tree.token(c).relation();
      if (c < head && DOCUMENT_PREMODIFIERS.contains(r)) {
        first = Math.min(first, tree.subtreeRange(c)[0]);
      } else if (c > head && (r.startsWith("acl") || r.equals("appos") || r.equals("parataxis")
          || r.equals("dep") || r.equals("punct"))) {
        end = Math.min(end, tree.subtreeRange(c)[0]);
      }
    }
    while (end > head + 1 && tree.token(end - 1).word().equals(",")) {
      end--;
    }
    return tree.span(first, end);
  }

  /** What may stand before a document's noun in its description ("the court's sealed records"). */
  private static final Set<String> DOCUMENT_PREMODIFIERS =
      Set.of("det", "amod", "compound", "nummod", "nmod:poss", "det:predet");

  private boolean inNonBodyZone(Span span) {
    for (Zone z : zones) {
      if (z.span().overlaps(span)) {
        return true; // captions describe photos; credits and bylines name their makers
      }
    }
    return false;
  }
}
