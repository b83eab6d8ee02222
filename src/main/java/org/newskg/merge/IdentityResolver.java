package org.newskg.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newskg.extract.EntityNames;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;
import org.newskg.rdf.Iris;

/**
 * Decides which entity IRIs of the store are one real entity, from evidence only, in a fixed
 * order: acronyms the articles expand, transliteration variants of a person's name with a shared
 * title or affiliation, entities linked to the same Wikipedia article, and then the names articles
 * use for one entity (an alias: "Roe" for "Jane Roe"). Two IRIs are never joined when that
 * would put a person with another kind of entity, two people whose full names differ ("Jane Roe",
 * "John Roe"), or entities linked to different Wikipedia articles in one class. An alias used
 * for entities that stay apart joins none of them and is recorded as a split instead.
 */
final class IdentityResolver {
  private final EntityFacts facts;
  private final Optional<EntityLinker> linker;
  private final Iris iris;
  private final Map<String, String> iriByKey = new TreeMap<>();
  private final Map<String, EntityLinker.Link> links = new TreeMap<>();
  private final IdentityClasses classes;
  private final List<IdentityDecision> decisions = new ArrayList<>();

  IdentityResolver(EntityFacts facts, Optional<EntityLinker> linker, Iris iris) {
    this.facts = facts;
    this.linker = linker;
    this.iris = iris;
    for (String iri : facts.entities.keySet()) {
      iriByKey.put(key(iri), iri);
    }
    this.classes = new IdentityClasses(facts, links);
  }

  /** The representative of each class of two IRIs or more, by member. */
  Map<String, String> representatives() {
    return classes.representatives();
  }

  private String find(String iri) {
    return classes.find(iri);
  }

  private boolean compatibleTypes(String a, String b) {
    return classes.compatibleTypes(a, b);
  }

  private static String key(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  List<IdentityDecision> resolve() {
    linker.ifPresent(this::link);
    acronyms();
    personVariants();
    sameLinks();
    aliases();
    shortNamesInContext();
    typeConflicts();
    return decisions;
  }

  private EntityFacts.Entity entity(String iri) {
    return facts.entities.get(iri);
  }

  private void link(EntityLinker l) {
    Map<String, EntityLinker.Link> own = new TreeMap<>();
    for (EntityFacts.Entity e : facts.entities.values()) {
      Map<String, Integer> surfaces = new TreeMap<>();
      e.surfaces.forEach((s, mentions) -> surfaces.put(s, mentions.size()));
      l.link(e.type(), e.name(), surfaces).ifPresent(link -> own.put(e.iri, link));
    }
    links.putAll(LongerNameLinks.adopt(facts, own));
    for (String iri : facts.entities.keySet()) {
      EntityLinker.Link link = links.get(iri);
      if (link != null) {
        decisions.add(
            new IdentityDecision(
                IdentityDecision.Kind.LINK,
                iri,
                Optional.of(Iris.dbpedia(link.title())),
                IdentityDecision.Reason.WIKIDICT,
                Optional.of(link.confidence()),
                link.evidence(),
                List.of(),
                List.of()));
      }
    }
  }

  /** "UN" is "United Nations" wherever an article uses one as the other's short name. */
  private void acronyms() {
    Map<String, Set<String>> expansions = new TreeMap<>();
    Map<String, Set<String>> evidence = new HashMap<>();
    for (EntityFacts.Entity e : facts.entities.values()) {
      if (e.type() == EntityType.PERSON) {
        continue;
      }
      for (Map.Entry<String, Set<String>> s : e.surfaces.entrySet()) {
        String acronym = EntityNames.undotted(Names.bare(s.getKey()));
        if (acronym.matches("\\p{Lu}{2,6}")
            && !e.name().equals(acronym)
            && EntityNames.initialsOf(e.name()).contains(acronym)) {
          expansions.computeIfAbsent(acronym, a -> new TreeSet<>()).add(e.name());
          evidence.computeIfAbsent(acronym, a -> new TreeSet<>()).addAll(s.getValue());
        }
      }
    }
    for (EntityFacts.Entity e : facts.entities.values()) {
      String[] words = e.name().split(" ");
      if (words.length < 2) {
        continue;
      }
      boolean changed = false;
      for (int i = 0; i < words.length; i++) {
        Set<String> full = expansions.get(words[i]);
        if (full != null && full.size() == 1) {
          words[i] = full.iterator().next();
          changed = true;
        }
      }
      String other = changed ? iriByKey.get(EntityNames.key(String.join(" ", words))) : null;
      if (other != null && !other.equals(e.iri)) {
        List<String> ev = new ArrayList<>();
        for (String w : e.name().split(" ")) {
          ev.addAll(evidence.getOrDefault(w, Set.of()));
        }
        join(
            e.iri,
            other,
            IdentityDecision.Reason.ACRONYM_EXPANSION,
            Optional.empty(),
            "'%s' is '%s' once its acronym is expanded as articles expand it"
                .formatted(e.name(), entity(other).name()),
            ev);
      }
    }
  }

  /**
   * "Aleksei Ivanov" and "Alexey Ivanov" (one name once folded), or "Mark Heller" and "Mark Jay
   * Heller" (a middle name more), when something else connects them.
   */
  private void personVariants() {
    Map<String, List<EntityFacts.Entity>> byFirst = new TreeMap<>();
    for (EntityFacts.Entity e : facts.entities.values()) {
      List<String> words = NameFolding.foldedWords(e.name());
      if (e.type() == EntityType.PERSON && words.size() >= 2) {
        byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(e);
      }
    }
    for (List<EntityFacts.Entity> group : byFirst.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          EntityFacts.Entity a = group.get(i);
          EntityFacts.Entity b = group.get(j);
          Optional<String> variant = NameFolding.variant(a.name(), b.name());
          Optional<String> why = variant.isEmpty() ? Optional.empty() : corroboration(a, b);
          if (why.isEmpty()) {
            continue;
          }
          List<String> ev = new ArrayList<>(a.graphs);
          ev.addAll(b.graphs);
          join(
              a.iri,
              b.iri,
              IdentityDecision.Reason.TRANSLITERATION,
              Optional.empty(),
              "'%s' and '%s' are %s of one name; %s"
                  .formatted(a.name(), b.name(), variant.get(), why.get()),
              ev);
        }
      }
    }
  }

  /**
   * A one-word name ("Manning", "Chiefs"), or a person's name of several words that a longer one
   * ends with (a surname of two words, "Van Dam", or a name without its first name), and the
   * one full name of the same kind that ends with it among the entities connected to it ({@link
   * #corroboration}); with two such full names it joins neither.
   */
  private void shortNamesInContext() {
    Set<String> oneWordOrganizations = new TreeSet<>();
    for (EntityFacts.Entity e : facts.entities.values()) {
      if (!e.name().contains(" ") && e.type() == EntityType.ORGANIZATION) {
        oneWordOrganizations.add(NameFolding.fold(e.name()));
      }
    }
    Map<String, List<EntityFacts.Entity>> byLastWord = new TreeMap<>();
    for (EntityFacts.Entity e : facts.entities.values()) {
      String[] words = e.name().split(" ");
      if (words.length >= 2
          && e.type() != EntityType.PLACE
          && !namesTwoOrganizations(e, words, oneWordOrganizations)) {
        byLastWord
            .computeIfAbsent(NameFolding.fold(words[words.length - 1]), k -> new ArrayList<>())
            .add(e);
      }
    }
    for (EntityFacts.Entity s : facts.entities.values()) {
      String[] words = s.name().split(" ");
      boolean shortened = words.length > 1 && s.type() == EntityType.PERSON;
      if ((words.length > 1 && !shortened)
          || s.type() == EntityType.PLACE
          || s.name().length() < 3) {
        continue;
      }
      Map<String, EntityFacts.Entity> roots = new TreeMap<>();
      Map<String, String> reasons = new TreeMap<>();
      String last = NameFolding.fold(words[words.length - 1]);
      for (EntityFacts.Entity l : byLastWord.getOrDefault(last, List.of())) {
        if (l.type() != s.type()
            || find(l.iri).equals(find(s.iri))
            || (shortened
                && !NameFolding.endsWith(
                    NameFolding.foldedWords(l.name()), NameFolding.foldedWords(s.name())))) {
          continue;
        }
        Optional<String> why = corroboration(s, l);
        if (why.isPresent()) {
          roots.putIfAbsent(find(l.iri), l);
          reasons.putIfAbsent(find(l.iri), why.get());
        }
      }
      if (roots.size() == 1) {
        EntityFacts.Entity l = roots.values().iterator().next();
        List<String> ev = new ArrayList<>(s.graphs);
        ev.addAll(l.graphs);
        join(
            s.iri,
            l.iri,
            IdentityDecision.Reason.SHORT_NAME_IN_CONTEXT,
            Optional.empty(),
            "'%s' is the only full name ending in '%s' among the entities connected to it; %s"
                .formatted(l.name(), s.name(), reasons.values().iterator().next()),
            ev);
      }
    }
  }

  /**
   * Whether an organization's name holds, before its last word, another organization's one-word
   * name: a headline the tagger took for a name ("Colts Beat Chiefs"), not a full name that
   * "Chiefs" could be short for.
   */
  private static boolean namesTwoOrganizations(
      EntityFacts.Entity e, String[] words, Set<String> oneWordOrganizations) {
    if (e.type() != EntityType.ORGANIZATION) {
      return false;
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (oneWordOrganizations.contains(NameFolding.fold(words[i]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What connects two entities besides their names: a shared job title or affiliation, or
   * another person or organization named in articles of both.
   */
  private Optional<String> corroboration(EntityFacts.Entity a, EntityFacts.Entity b) {
    Set<String> titles = new TreeSet<>(a.jobTitles);
    titles.retainAll(b.jobTitles);
    if (!titles.isEmpty()) {
      return Optional.of("both with job title '" + String.join("', '", titles) + "'");
    }
    Set<String> affiliations = new TreeSet<>(a.affiliations);
    affiliations.retainAll(b.affiliations);
    if (!affiliations.isEmpty()) {
      return Optional.of("both affiliated with " + names(affiliations));
    }
    Set<String> ca = roots(facts.context(a));
    Set<String> cb = roots(facts.context(b));
    ca.retainAll(cb);
    ca.remove(find(a.iri));
    ca.remove(find(b.iri));
    if (!ca.isEmpty()) {
      return Optional.of("articles naming both also name " + names(ca));
    }
    return Optional.empty();
  }

  private Set<String> roots(Set<String> iris) {
    Set<String> out = new TreeSet<>();
    iris.forEach(i -> out.add(find(i)));
    return out;
  }

  private String names(Set<String> iris) {
    List<String> out = new ArrayList<>();
    for (String i : iris) {
      EntityFacts.Entity e = entity(i);
      out.add("'" + (e == null ? i : e.name()) + "'");
      if (out.size() == 3) {
        break;
      }
    }
    return String.join(", ", out) + (iris.size() > 3 ? " and others" : "");
  }

  private void sameLinks() {
    Map<String, List<String>> byTitle = new TreeMap<>();
    links.forEach((iri, link) -> byTitle.computeIfAbsent(link.title(), t -> new ArrayList<>()).add(iri));
    for (Map.Entry<String, List<String>> e : byTitle.entrySet()) {
      List<String> iris = e.getValue();
      for (int i = 1; i < iris.size(); i++) {
        double confidence =
            Math.min(links.get(iris.get(0)).confidence(), links.get(iris.get(i)).confidence());
        join(
            iris.get(i),
            iris.get(0),
            IdentityDecision.Reason.SAME_WIKIPEDIA_ARTICLE,
            Optional.of(confidence),
            "both linked to Wikipedia '%s'".formatted(e.getKey()),
            List.of());
      }
    }
  }

  /**
   * A name an article uses for one of its entities ("Roe" for Jane Roe), when another IRI has
   * that name as its own key.
   */
  private void aliases() {
    Map<String, Map<String, List<String>>> targets = new TreeMap<>();
    for (EntityFacts.Entity e : facts.entities.values()) {
      for (Map.Entry<String, Set<String>> s : e.surfaces.entrySet()) {
        String k = EntityNames.keyOf(s.getKey(), e.type(), e.placeKind);
        String alias = iriByKey.get(k);
        if (alias != null && !alias.equals(e.iri) && compatibleTypes(alias, e.iri)) {
          targets
              .computeIfAbsent(alias, a -> new TreeMap<>())
              .computeIfAbsent(e.iri, t -> new ArrayList<>())
              .addAll(s.getValue());
        }
      }
    }
    for (Map.Entry<String, Map<String, List<String>>> t : targets.entrySet()) {
      String alias = t.getKey();
      Set<String> roots = new TreeSet<>();
      for (String target : t.getValue().keySet()) {
        roots.add(find(target));
      }
      if (roots.size() > 1) {
        List<String> ev = new ArrayList<>();
        t.getValue().values().forEach(ev::addAll);
        decisions.add(
            new IdentityDecision(
                IdentityDecision.Kind.SPLIT,
                alias,
                Optional.empty(),
                IdentityDecision.Reason.AMBIGUOUS_ALIAS,
                Optional.empty(),
                "'%s' is used for %d different entities; it is joined to none"
                    .formatted(entity(alias).name(), roots.size()),
                ev,
                List.copyOf(t.getValue().keySet())));
        continue;
      }
      for (Map.Entry<String, List<String>> target : t.getValue().entrySet()) {
        EntityFacts.Entity a = entity(alias);
        EntityFacts.Entity b = entity(target.getKey());
        Optional<String> why = Optional.of("");
        if (needsCorroboration(a)) {
          why = corroboration(a, b).map(w -> "; " + w);
        }
        why.ifPresent(
            w ->
                join(
                    alias,
                    target.getKey(),
                    IdentityDecision.Reason.ALIAS_IN_ARTICLE,
                    Optional.empty(),
                    "'%s' is a name articles use for '%s'%s".formatted(a.name(), b.name(), w),
                    target.getValue()));
      }
    }
  }

  /**
   * A short name may stand for another entity of the same name in the articles that use it
   * alone: a person's surname, or any one-word name, joins only with corroboration. Acronyms and
   * longer names of organizations and places need none.
   */
  private static boolean needsCorroboration(EntityFacts.Entity alias) {
    String name = alias.name();
    return alias.type() == EntityType.PERSON
        || (!name.contains(" ") && !name.matches("\\p{Lu}{2,6}"));
  }

  /** An IRI typed a person in some articles and an organization or place in others. */
  private void typeConflicts() {
    for (EntityFacts.Entity e : facts.entities.values()) {
      if (e.types.containsKey(EntityType.PERSON) && e.types.size() > 1) {
        List<String> ev = new ArrayList<>();
        e.types.values().forEach(ev::addAll);
        decisions.add(
            new IdentityDecision(
                IdentityDecision.Kind.SPLIT,
                e.iri,
                Optional.empty(),
                IdentityDecision.Reason.TYPE_CONFLICT,
                Optional.empty(),
                "'%s' is a person in %d article(s) and %s in %d"
                    .formatted(
                        e.name(),
                        e.types.get(EntityType.PERSON).size(),
                        "an organization or place",
                        ev.size() - e.types.get(EntityType.PERSON).size()),
                ev.stream().distinct().sorted().toList(),
                List.of()));
      }
    }
  }

  private void join(
      String a,
      String b,
      IdentityDecision.Reason reason,
      Optional<Double> confidence,
      String comment,
      List<String> evidence) {
    if (!classes.join(a, b)) {
      return;
    }
    String first = a.compareTo(b) < 0 ? a : b;
    String second = first.equals(a) ? b : a;
    decisions.add(
        new IdentityDecision(
            IdentityDecision.Kind.SAME_AS,
            first,
            Optional.of(second),
            reason,
            confidence,
            comment,
            evidence.stream().distinct().toList(),
            List.of()));
  }
}
