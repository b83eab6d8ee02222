package org.newskg.merge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.extract.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An organization named by the last words of another organization's name in the same article
 * ("Scientology" beside "the Church of Scientology", "Security Council" beside "the UN Security
 * Council"), or by the head before its "of" ("the Church" beside "the Church of Scientology", "the
 * Bank" beside "the Bank of Veloria"), is that organization's short name there, whatever the
 * dictionary says the words alone name (a belief system, another council, the building): it takes
 * the longer name's link. When longer names in its articles are linked to different titles it
 * keeps its own link.
 */
final class LongerNameLinks {
  private static final Logger LOG = LoggerFactory.getLogger(LongerNameLinks.class);

  private LongerNameLinks() {}

  /** The links of {@code own}, with those of short organization names taken from longer ones. */
  static Map<String, EntityLinker.Link> adopt(
      EntityFacts facts, Map<String, EntityLinker.Link> own) {
    Map<String, EntityLinker.Link> out = new TreeMap<>(own);
    for (EntityFacts.Entity e : facts.entities.values()) {
      List<String> words = TitleFit.words(e.name());
      if (e.type() != EntityType.ORGANIZATION || words.isEmpty()) {
        continue;
      }
      Map<String, EntityFacts.Entity> longerByTitle = new TreeMap<>();
      for (String g : e.graphs) {
        for (String iri : facts.actorsOfGraph.getOrDefault(g, Set.of())) {
          EntityFacts.Entity o = facts.entities.get(iri);
          EntityLinker.Link link = own.get(iri);
          if (link != null
              && o.type() == EntityType.ORGANIZATION
              && shortens(TitleFit.words(o.name()), words)) {
            longerByTitle.putIfAbsent(link.title(), o);
          }
        }
      }
      if (longerByTitle.size() != 1) {
        continue;
      }
      String title = longerByTitle.keySet().iterator().next();
      EntityLinker.Link mine = own.get(e.iri);
      if (mine != null && mine.title().equals(title)) {
        continue;
      }
      EntityFacts.Entity longer = longerByTitle.get(title);
      String evidence =
          "'%s' shortens the name of '%s', an organization of the same article linked to '%s'%s"
              .formatted(
                  e.name(),
                  longer.name(),
                  title,
                  mine == null ? "" : "; the name alone would be '" + mine.title() + "'");
      LOG.debug("{}", evidence);
      out.put(e.iri, new EntityLinker.Link(title, own.get(longer.iri).confidence(), evidence));
    }
    return out;
  }

  /**
   * Whether {@code longer} has more words and its last ones are {@code shorter}, or its first ones
   * are {@code shorter} followed by "of" (the head of "Church of Scientology").
   */
  private static boolean shortens(List<String> longer, List<String> shorter) {
    int n = shorter.size();
    if (longer.size() <= n) {
      return false;
    }
    return longer.subList(longer.size() - n, longer.size()).equals(shorter)
        || (longer.subList(0, n).equals(shorter) && longer.get(n).equals("of"));
  }
}
