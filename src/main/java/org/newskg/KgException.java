package org.newskg;

/** Root of newskg's unchecked exceptions, in the manner of Jena's {@code RiotException}. */
public class KgException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KgException(String message) {
    super(message);
  }

  public KgException(String message, Throwable cause) {
    super(message, cause);
  }
}
