package org.newskg.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A job title, and the organization or place it is held for, as the text states it: "Kremlin
 * spokesman …" gives title "spokesman" and affiliation the Kremlin.
 *
 * @param affiliationKey the {@link Entity#key()} of the affiliation, when the text names one
 * @param evidence the words that state the role, person's name included
 */
public record Role(String jobTitle, Optional<String> affiliationKey, Span evidence) {
  public Role {
    Objects.requireNonNull(jobTitle, "jobTitle");
    Objects.requireNonNull(affiliationKey, "affiliationKey");
    Objects.requireNonNull(evidence, "evidence");
    if (jobTitle.isBlank()) {
      throw new IllegalArgumentException("job title is blank");
    }
  }
}
