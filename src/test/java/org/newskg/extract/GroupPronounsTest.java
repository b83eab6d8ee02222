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
    MentionCluster[] named = new MentionCluster[a.tokens().size()];
    List<MentionCluster> clusters = new ArrayList<>();
    cluster(a, 0, 2, EntityType.PERSON, named, clusters);
    MentionCluster trust = cluster(a, 4, 6, EntityType.ORGANIZATION, named, clusters);
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
}
