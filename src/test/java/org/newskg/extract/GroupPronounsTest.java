package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.NamedEntity;

class GroupPronounsTest {
  /**
   * "Ana Ruiz of the Harbour Trust says they {verb} {object} ." with NER's two names, no chains.
   */
  private static List<String> theyOfTrust(String object, String objectTag) {
    Analysis a =
        HandParses.sentence(
            new String[][] {
              {"Ana", "Ana", "NNP", "1", "compound"},
              {"Ruiz", "Ruiz", "NNP", "6", "nsubj"},
              {"of", "of", "IN", "5", "case"},
              {"the", "the", "DT", "5", "det"},
              {"Harbour", "Harbour", "NNP", "5", "compound"},
              {"Trust", "Trust", "NNP", "1", "nmod"},
              {"says", "say", "VBZ", "-1", "root"},
              {object, object, objectTag, "6", "obj"},
              {"and", "and", "CC", "10", "cc"},
              {"they", "they", "PRP", "10", "nsubj"},
              {"agree", "agree", "VBP", "6", "conj"},
              {".", ".", ".", "6", "punct"},
            });
    return attachedToTrust(a, 4, 0, 2);
  }

  /** The pronouns attached to the trust named at [first, first + 2), a person at the other range. */
  private static List<String> attachedToTrust(Analysis a, int first, int... person) {
    MentionCluster[] named = new MentionCluster[a.tokens().size()];
    List<MentionCluster> clusters = new ArrayList<>();
    if (person.length == 2) {
      cluster(a, person[0], person[1], EntityType.PERSON, named, clusters);
    }
    MentionCluster trust = cluster(a, first, first + 2, EntityType.ORGANIZATION, named, clusters);
    GroupPronouns.attach(a, List.of(), clusters, named);
    return trust.attached.stream().map(EntityMention::text).toList();
  }

  private static MentionCluster cluster(
      Analysis a,
      int first,
      int end,
      EntityType type,
      MentionCluster[] named,
      List<MentionCluster> clusters) {
    int begin = a.token(first).begin();
    int stop = a.token(end - 1).end();
    String text = a.text().substring(begin, stop);
    MentionCluster c = new MentionCluster();
    c.named.add(
        new NamedMentionFilter.Named(
            new NamedEntity(first, end, begin, stop, text, type.name(), ""),
            type,
            PlaceKind.NONE,
            text));
    for (int t = first; t < end; t++) {
      named[t] = c;
    }
    clusters.add(c);
    return c;
  }

  @Test
  void aLoneTheyIsTheOneOrganizationBeforeIt() {
    assertThat(theyOfTrust("nothing", "NN")).containsExactly("they");
  }

  @Test
  void peopleOrThingsInThePluralBeforeItMayBeTheyToo() {
    assertThat(theyOfTrust("fishermen", "NNS")).isEmpty();
    assertThat(theyOfTrust("robots", "NNS")).isEmpty();
  }

  @Test
  void aNameNoEntityOwnsAsSubjectIsARival() {
    // "Vela agreed" after the trust: a group NER missed may be "they"
    assertThat(theyOfTrust("Vela", "NNP")).containsExactly("they");
    assertThat(trustThenClause("Vela", "NNP", "they")).isEmpty();
  }

  @Test
  void aPartOfThemIsNoOrganization() {
    // "The Harbour Trust denied allegations , and many of them failed ."
    assertThat(trustThenClause("many", "JJ", "them")).isEmpty();
  }

  /**
   * "The Harbour Trust denied allegations , and {subject} of {pronoun} failed ." for "many of
   * them"; else "The Harbour Trust met , and {subject} agreed that {pronoun} won .".
   */
  private static List<String> trustThenClause(String subject, String subjectTag, String pronoun) {
    boolean partitive = pronoun.equals("them");
    Analysis a =
        HandParses.sentence(
            partitive
                ? new String[][] {
                  {"The", "the", "DT", "2", "det"},
                  {"Harbour", "Harbour", "NNP", "2", "compound"},
                  {"Trust", "Trust", "NNP", "3", "nsubj"},
                  {"denied", "deny", "VBD", "-1", "root"},
                  {"allegations", "allegation", "NNS", "3", "obj"},
                  {",", ",", ",", "10", "punct"},
                  {"and", "and", "CC", "10", "cc"},
                  {subject, subject, subjectTag, "10", "nsubj"},
                  {"of", "of", "IN", "9", "case"},
                  {pronoun, pronoun, "PRP", "7", "nmod"},
                  {"failed", "fail", "VBD", "3", "conj"},
                  {".", ".", ".", "3", "punct"},
                }
                : new String[][] {
                  {"The", "the", "DT", "2", "det"},
                  {"Harbour", "Harbour", "NNP", "2", "compound"},
                  {"Trust", "Trust", "NNP", "3", "nsubj"},
                  {"met", "meet", "VBD", "-1", "root"},
                  {",", ",", ",", "7", "punct"},
                  {"and", "and", "CC", "7", "cc"},
                  {subject, subject, subjectTag, "7", "nsubj"},
                  {"agreed", "agree", "VBD", "3", "conj"},
                  {"that", "that", "IN", "10", "mark"},
                  {pronoun, pronoun, "PRP", "10", "nsubj"},
                  {"won", "win", "VBD", "7", "ccomp"},
                  {".", ".", ".", "3", "punct"},
                });
    return attachedToTrust(a, 1);
  }
}
