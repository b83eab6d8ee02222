package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Token;

/**
 * Countries that play in an article: "Sweden defeated South Korea 1 – 0", "Belgium 3 – 0 Panama".
 * A country is a side when one of its names is the subject or object of a verb of a contest
 * ("defeat", "beat", "face", "lose") or stands beside a score, and the article has at least two
 * such countries (a contest has two sides) and a score beside one of them: "Ukraine faced Russian
 * troops" and "China lost to Japan" alone are not sport. Every mention of such a country in the article is
 * then a mention of its national team, an organization named "{country} national team", and
 * keeps the country it literally names as its literal referent, as a seat of government does.
 */
final class NationalTeams {
  private static final Set<String> CONTEST_VERBS =
      Set.of(
          "defeat", "beat", "face", "lose", "draw", "tie", "thrash", "edge", "outplay",
          "eliminate", "overcome", "rout", "trounce", "upset");

  private static final Set<String> SUBJECT_OR_OBJECT =
      Set.of("nsubj", "obj", "nsubj:pass", "obl");

  private static final Set<String> DASHES = Set.of("–", "-", "—", ":", "--");

  private NationalTeams() {}

  /** The named mentions, with those of countries that are sides in a contest made teams. */
  static List<NamedMentionFilter.Named> apply(
      Analysis analysis, List<NamedMentionFilter.Named> found) {
    List<NamedMentionFilter.Named> named =
        found.stream()
            .map(n -> afterTeamWord(analysis, n) ? teamWithWord(analysis, n) : n)
            .toList();
    Set<String> sides = new HashSet<>();
    boolean scored = false;
    for (NamedMentionFilter.Named n : named) {
      if (!isCountry(n)) {
        continue;
      }
      boolean score = besideScore(analysis, n.entity());
      scored |= score;
      if (score || contestArgument(analysis, n.entity())) {
        sides.add(n.key());
      }
    }
    if (!scored || sides.size() < 2) {
      return named;
    }
    List<NamedMentionFilter.Named> out = new ArrayList<>();
    Map<String, NamedMentionFilter.Named> teams = new HashMap<>();
    for (NamedMentionFilter.Named n : named) {
      boolean side = isCountry(n) && sides.contains(n.key());
      out.add(side ? team(n) : n);
      if (side) {
        teams.putIfAbsent(n.key(), team(n));
      }
    }
    out.addAll(teamsByPeople(analysis, teams));
    return out;
  }

  /**
   * "The Belgians" in a report of Belgium's match: a country's people in the plural after "the"
   * are its team, once the country is a side.
   */
  private static List<NamedMentionFilter.Named> teamsByPeople(
      Analysis analysis, Map<String, NamedMentionFilter.Named> teams) {
    List<NamedMentionFilter.Named> out = new ArrayList<>();
    for (int t = 1; t < analysis.tokens().size(); t++) {
      Token people = analysis.token(t);
      if (!people.pos().equals("NNPS")
          || !analysis.token(t - 1).lemma().equalsIgnoreCase("the")) {
        continue;
      }
      Optional<NamedMentionFilter.Named> team =
          Gazetteer.get().countryOfDemonym(people.word()).map(EntityNames::key).map(teams::get);
      if (team.isEmpty()) {
        continue;
      }
      NamedEntity ne =
          new NamedEntity(
              t, t + 1, people.begin(), people.end(), people.word(), people.ner(), "");
      NamedMentionFilter.Named side = team.get();
      out.add(
          new NamedMentionFilter.Named(
              ne,
              EntityType.ORGANIZATION,
              PlaceKind.NONE,
              people.word(),
              side.display(),
              true,
              side.literalKey()));
    }
    return out;
  }

  /**
   * "Team Norway", "Team USA": a country's name right after the capitalised word "Team" names
   * the country's team in any article, played or not.
   */
  private static boolean afterTeamWord(Analysis analysis, NamedMentionFilter.Named n) {
    int before = n.entity().firstToken() - 1;
    if (!isCountry(n) || before < 0) {
      return false;
    }
    Token team = analysis.token(before);
    return team.word().equals("Team")
        && team.ner().equals("O")
        && team.sentence() == analysis.token(n.entity().firstToken()).sentence();
  }

  /** The country's team, its mention widened to hold the word "Team". */
  private static NamedMentionFilter.Named teamWithWord(
      Analysis analysis, NamedMentionFilter.Named country) {
    NamedEntity c = country.entity();
    Token team = analysis.token(c.firstToken() - 1);
    NamedEntity widened =
        new NamedEntity(
            team.index(),
            c.endToken(),
            team.begin(),
            c.end(),
            analysis.text().substring(team.begin(), c.end()),
            c.type(),
            c.normalized());
    NamedMentionFilter.Named t = team(country);
    return new NamedMentionFilter.Named(
        widened, t.type(), t.placeKind(), t.bareName(), t.display(), true, t.literalKey());
  }

  private static boolean isCountry(NamedMentionFilter.Named n) {
    return n.type() == EntityType.PLACE && n.placeKind() == PlaceKind.COUNTRY && !n.standIn();
  }

  private static NamedMentionFilter.Named team(NamedMentionFilter.Named country) {
    return new NamedMentionFilter.Named(
        country.entity(),
        EntityType.ORGANIZATION,
        PlaceKind.NONE,
        country.bareName(),
        country.display() + " national team",
        true,
        country.key());
  }

  private static boolean contestArgument(Analysis analysis, NamedEntity ne) {
    for (int t = ne.firstToken(); t < ne.endToken(); t++) {
      Token tok = analysis.token(t);
      if (tok.isRoot()) {
        continue;
      }
      Token gov = analysis.token(tok.head());
      boolean outside = gov.index() < ne.firstToken() || gov.index() >= ne.endToken();
      if (outside
          && SUBJECT_OR_OBJECT.contains(tok.relation())
          && gov.pos().startsWith("VB")
          && CONTEST_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "Sweden 1 – 0", "3 – 0 Panama", "Sweden 2-1": a score right after or right before. */
  private static boolean besideScore(Analysis analysis, NamedEntity ne) {
    return scoreAt(analysis, ne.endToken(), 1) || scoreAt(analysis, ne.firstToken() - 1, -1);
  }

  private static boolean scoreAt(Analysis analysis, int start, int step) {
    int n = analysis.tokens().size();
    if (start < 0 || start >= n) {
      return false;
    }
    Token first = analysis.token(start);
    if (first.word().matches("\\d{1,2}[-–:]\\d{1,2}")) {
      return true;
    }
    int mid = start + step;
    int last = start + 2 * step;
    return last >= 0
        && last < n
        && first.word().matches("\\d{1,2}")
        && DASHES.contains(analysis.token(mid).word())
        && analysis.token(last).word().matches("\\d{1,2}")
        && analysis.token(start).sentence() == analysis.token(last).sentence();
  }
}
