package org.newskg.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;

/**
 * The process's CoreNLP pipeline, for commands that may need it. Kept out of the command classes:
 * picocli reflects on their methods, and a lambda there returning {@link NlpPipeline} would load
 * NLP classes even in {@code serve}, which must not.
 */
final class SharedPipeline {
  private SharedPipeline() {}

  /** Builds (once) and returns the default pipeline, saying so on {@code err} first. */
  static Supplier<NlpPipeline> announcingOn(PrintWriter err) {
    return () -> {
      err.println("Loading CoreNLP models (takes a while, once per run)…");
      err.flush();
      return NlpPipeline.shared(NlpSettings.DEFAULT);
    };
  }
}
