package org.newskg.extract;

/** How an article presents an event (nkg:Asserted, nkg:Planned, nkg:Hypothetical, nkg:Denied). */
public enum Factuality {
  /** It happened or is happening. */
  ASSERTED("Asserted"),
  /** It is scheduled or intended ("is set to have a phone call", "will meet"). */
  PLANNED("Planned"),
  /** It is possible, conditional or feared ("a possible invasion", "if Moscow invades"). */
  HYPOTHETICAL("Hypothetical"),
  /** It is said not to have happened ("denied that Russia has responded", "has not given"). */
  DENIED("Denied");

  private final String localName;

  Factuality(String localName) {
    this.localName = localName;
  }

  public String localName() {
    return localName;
  }
}
