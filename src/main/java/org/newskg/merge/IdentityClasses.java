package org.newskg.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.extract.EntityType;

/**
 * The classes of entity IRIs decided to be one entity, as a union-find that refuses a join that
 * would put a person with another kind of entity, two people whose full names differ, or two
 * entities linked to different Wikipedia articles in one class.
 */
final class IdentityClasses {
  private final EntityFacts facts;
  private final Map<String, EntityLinker.Link> links;
  private final Map<String, String> parent = new HashMap<>();
  /** Members of each class of more than one IRI, by root. */
  private final Map<String, List<String>> members = new HashMap<>();

  IdentityClasses(EntityFacts facts, Map<String, EntityLinker.Link> links) {
    this.facts = facts;
    this.links = links;
  }

  private EntityFacts.Entity entity(String iri) {
    return facts.entities.get(iri);
  }

  String find(String iri) {
    String p = parent.getOrDefault(iri, iri);
    if (p.equals(iri)) {
      return iri;
    }
    String root = find(p);
    parent.put(iri, root);
    return root;
  }

  /** Joins the classes of {@code a} and {@code b}; false when they may not be one. */
  boolean join(String a, String b) {
    if (find(a).equals(find(b)) || !canJoin(a, b)) {
      return false;
    }
    String ra = find(a);
    String rb = find(b);
    String root = ra.compareTo(rb) < 0 ? ra : rb;
    String child = root.equals(ra) ? rb : ra;
    parent.put(child, root);
    List<String> joined = new ArrayList<>(members(root));
    joined.addAll(members(child));
    members.remove(child);
    members.put(root, joined);
    return true;
  }

  boolean compatibleTypes(String a, String b) {
    return (entity(a).type() == EntityType.PERSON) == (entity(b).type() == EntityType.PERSON);
  }

  private List<String> members(String root) {
    return members.getOrDefault(root, List.of(root));
  }

  private boolean canJoin(String a, String b) {
    for (String x : members(find(a))) {
      for (String y : members(find(b))) {
        if (!compatibleTypes(x, y)) {
          return false;
        }
        EntityLinker.Link lx = links.get(x);
        EntityLinker.Link ly = links.get(y);
        if (lx != null && ly != null && !lx.title().equals(ly.title())) {
          return false;
        }
        if (entity(x).type() == EntityType.PERSON
            && !NameFolding.compatible(entity(x).name(), entity(y).name())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * For each IRI in a class of two or more, the class's representative: the IRI with the fullest
   * name, then the one named in most article graphs, then the first in IRI order.
   */
  Map<String, String> representatives() {
    Map<String, String> out = new TreeMap<>();
    for (List<String> m : members.values()) {
      String best = null;
      for (String iri : m) {
        if (best == null || representsBetter(iri, best)) {
          best = iri;
        }
      }
      for (String iri : m) {
        out.put(iri, best);
      }
    }
    return out;
  }

  private boolean representsBetter(String a, String b) {
    int wa = entity(a).name().split(" ").length;
    int wb = entity(b).name().split(" ").length;
    if (wa != wb) {
      return wa > wb;
    }
    int ga = entity(a).graphs.size();
    int gb = entity(b).graphs.size();
    if (ga != gb) {
      return ga > gb;
    }
    return a.compareTo(b) < 0;
  }
}
