package org.newskg.extract;

/** How a participant takes part in an event (nkg:agent, nkg:recipient, nkg:theme). */
public enum EventRole {
  /** Does or initiates it: the one who calls, deploys, attacks. */
  AGENT,
  /** It is directed at them: the one called, met, attacked, the addressee of a response. */
  RECIPIENT,
  /** What it is about or acts upon, or who undergoes it (the one arrested, the one who died). */
  THEME,
  /** Takes part, role unknown ("a call between A and B"). */
  PARTICIPANT
}
