package org.newskg.extract;

/**
 * The event typology of {@code ontology/newskg.ttl}: each value names the OWL class (local name in
 * the nkg: namespace) and its parent, so writers can assert both.
 */
public enum EventType {
  COMMUNICATION("Communication", null),
  DEMAND("Demand", COMMUNICATION),
  REJECTION("Rejection", COMMUNICATION),
  THREAT("Threat", COMMUNICATION),
  CONSULTATION("Consultation", null),
  MEETING("Meeting", CONSULTATION),
  PHONE_CALL("PhoneCall", CONSULTATION),
  NEGOTIATION("Negotiation", CONSULTATION),
  MILITARY_MOVEMENT("MilitaryMovement", null),
  SANCTION("Sanction", null),
  EVACUATION("Evacuation", null),
  LEGAL_POLITICAL_ACT("LegalPoliticalAct", null),
  ARREST("Arrest", LEGAL_POLITICAL_ACT),
  ELECTION("Election", LEGAL_POLITICAL_ACT),
  ATTACK("Attack", null),
  INVASION("Invasion", ATTACK),
  DEATH("Death", null),
  DISASTER("Disaster", null);

  private final String localName;
  private final EventType parent;

  EventType(String localName, EventType parent) {
    this.localName = localName;
    this.parent = parent;
  }

  /** The class's local name in the nkg: namespace. */
  public String localName() {
    return localName;
  }

  /** The broader type of the typology, if any (Meeting is a Consultation). */
  public java.util.Optional<EventType> parent() {
    return java.util.Optional.ofNullable(parent);
  }

  /**
   * Narrow types name one kind of happening (a phone call, an arrest); broad ones (communication,
   * consultation, attack, legal act) cover many, so two events share one only by their words.
   */
  public boolean isNarrow() {
    return switch (this) {
      case MEETING, PHONE_CALL, INVASION, EVACUATION, ARREST, ELECTION, DEATH, SANCTION -> true;
      default -> false;
    };
  }
}
