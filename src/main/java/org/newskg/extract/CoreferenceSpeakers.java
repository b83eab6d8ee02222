package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.MentionKind;

/** The speaker a subject stands for through coreference: an earlier mention in its chain. */
final class CoreferenceSpeakers {
  private final Map<Integer, CorefMention> corefOfHead = new HashMap<>();
  private final Map<CorefMention, CorefChain> chainOf = new HashMap<>();
  private final Map<Integer, String> entityOfToken;
  private final AnonymousSources sources;
  private final Predicate<Span> inBody;

  /**
   * @param entityOfToken the entity key each token names
   * @param inBody whether a span lies in body text (not in a caption or credit)
   */
  CoreferenceSpeakers(
      DependencyTree tree, Map<Integer, String> entityOfToken, AnonymousSources sources, Predicate<Span> inBody) {
    this.entityOfToken = entityOfToken;
    this.sources = sources;
    this.inBody = inBody;
    for (CorefChain chain : tree.analysis().chains()) {
      for (CorefMention m : chain.mentions()) {
        corefOfHead.put(m.headToken(), m);
        chainOf.put(m, chain);
      }
    }
  }

  /** Earlier mentions of the subject's coreference chain that name an entity or a source. */
  Optional<SpeakerResolver.Resolved> of(int subject, Span mention) {
    CorefMention m = corefOfHead.get(subject);
    if (m == null) {
      return Optional.empty();
    }
    List<CorefMention> earlier = new ArrayList<>();
    for (CorefMention other : chainOf.get(m).mentions()) {
      if (other.begin() < m.begin() && other.kind() != MentionKind.PRONOMINAL) {
        earlier.add(other);
      }
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CorefMention antecedent = earlier.get(i);
      if (!inBody.test(new Span(antecedent.begin(), antecedent.end()))) {
        continue;
      }
      String key = entityOfToken.get(antecedent.headToken());
      if (key != null) {
        return Optional.of(new SpeakerResolver.Resolved(new SpeakerRef.Named(key), mention));
      }
      Optional<AnonymousSource> source = sources.startingAt(antecedent.headToken());
      if (source.isPresent()) {
        sources.addMention(source.get(), mention);
        return Optional.of(new SpeakerResolver.Resolved(SpeakerResolver.refOf(source.get()), mention));
      }
    }
    return Optional.empty();
  }
}
