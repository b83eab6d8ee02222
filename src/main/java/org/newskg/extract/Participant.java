package org.newskg.extract;

import java.util.Objects;

/** An entity taking part in an event, by its entity key, with its role. */
public record Participant(String entityKey, EventRole role) {
  public Participant {
    Objects.requireNonNull(entityKey, "entityKey");
    Objects.requireNonNull(role, "role");
    if (entityKey.isEmpty()) {
      throw new IllegalArgumentException("participant with an empty entity key");
    }
  }
}
