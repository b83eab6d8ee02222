package org.newskg.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Events named by a proper noun: the last word of a name that names a recurring event, a ceremony,
 * games, a cup or a summit ("the Academy Awards", "the Oscars", "the Olympics", "the World Cup",
 * "the G20 Summit"). Award ceremonies named after their statuette are one kind of event with the
 * awards themselves ("the Oscars" and "the Academy Awards").
 */
final class NamedEvents {
  private static final Map<String, String> HEADS =
      Map.ofEntries(
          Map.entry("awards", "award"), Map.entry("oscars", "award"), Map.entry("oscar", "award"),
          Map.entry("grammys", "award"), Map.entry("emmys", "award"), Map.entry("globes", "award"),
          Map.entry("olympics", "olympics"), Map.entry("cup", "cup"),
          Map.entry("championship", "championship"), Map.entry("championships", "championship"),
          Map.entry("festival", "festival"), Map.entry("summit", "meet"),
          Map.entry("marathon", "marathon"), Map.entry("bowl", "bowl"));
  private static final Set<String> PROPER = Set.of("NNP", "NNPS");

  private NamedEvents() {}

  /** Whether the token ends a proper name that names an event. */
  static boolean isNamedEvent(Token t, DependencyTree tree) {
    if (!(PROPER.contains(t.pos()) || isCapitalisedPlural(t)) || !HEADS.containsKey(word(t))) {
      return false;
    }
    // the last word of the name, not a modifier of another noun ("an Oscar winner"); a plural
    // modifier still names the event ("the Oscars telecast")
    return !t.relation().equals("compound") || t.word().endsWith("s");
  }

  /** A plural written with a capital that the tagger left a common noun ("the Oscars"/NNS). */
  private static boolean isCapitalisedPlural(Token t) {
    return t.pos().equals("NNS") && Character.isUpperCase(t.word().charAt(0));
  }

  static String key(Token t) {
    return EventLexicon.key(HEADS.get(word(t)));
  }

  private static String word(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
