package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoreNlpQuoteAttributionIT {
  @Test
  void givesTheWordsBetweenTheMarksAndTheSpeakerCoreNlpNames() {
    String text =
        "Mayor Ana Ruiz visited the flooded market on Friday.\n"
            + "“We will rebuild every stall,” Ruiz said. The market opened in 1950.";
    List<CoreNlpQuoteAttribution.AttributedQuote> quotes =
        CoreNlpQuoteAttribution.create(NlpSettings.DEFAULT).attribute(text, Optional.empty());

    assertEquals(1, quotes.size(), quotes.toString());
    CoreNlpQuoteAttribution.AttributedQuote q = quotes.get(0);
    assertEquals("We will rebuild every stall,", text.substring(q.begin(), q.end()));
    assertTrue(q.speaker().orElse("").contains("Ruiz"), q.toString());
  }
}
