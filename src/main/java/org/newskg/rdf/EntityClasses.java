package org.newskg.rdf;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.newskg.extract.EntityType;
import org.newskg.extract.PlaceKind;

/** The schema.org classes for newskg's entity types. */
final class EntityClasses {
  private EntityClasses() {}

  static Node topClass(EntityType type) {
    return switch (type) {
      case PERSON -> SDO.Person;
      case ORGANIZATION -> SDO.Organization;
      case PLACE -> SDO.Place;
      case THING -> SDO.Thing;
    };
  }

  static Optional<Node> finerClass(PlaceKind kind) {
    return switch (kind) {
      case COUNTRY -> Optional.of(SDO.Country);
      case CITY -> Optional.of(SDO.City);
      case STATE -> Optional.of(SDO.State);
      case NONE -> Optional.empty();
    };
  }
}
