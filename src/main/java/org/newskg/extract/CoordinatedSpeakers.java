package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Speakers named together as the subject of one attribution ("Smith and Jones said", "police and
 * the victim's family told reporters"): each conjunct joined by "and" to the words naming the
 * speaker, when it names a speaker of its own, said the words too. The statement's speaker mention
 * then covers the whole coordination, which names all of them.
 */
final class CoordinatedSpeakers {
  private static final Set<String> AND = Set.of("and", "&");

  private final DependencyTree tree;
  private final SpeakerResolver speakers;

  CoordinatedSpeakers(DependencyTree tree, SpeakerResolver speakers) {
    this.tree = tree;
    this.speakers = speakers;
  }

  List<Statement> add(List<Statement> statements) {
    List<Statement> out = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      out.add(withOthers(s).orElse(s));
    }
    return out;
  }

  private Optional<Statement> withOthers(Statement s) {
    if (s.speaker().orElse(null) instanceof SpeakerRef.Anonymous source) {
      Optional<Statement> named = namedInEachConjunct(s, source);
      if (named.isPresent()) {
        return named;
      }
    }
    if (s.speaker().isEmpty()
        || s.speakerMention().isEmpty()
        || s.speaker().get() instanceof SpeakerRef.Document) {
      return Optional.empty();
    }
    Span mention = s.speakerMention().get();
    int head = headOf(mention);
    if (head < 0) {
      return Optional.empty();
    }
    // The first conjunct governs the others, whichever of them the attribution resolved.
    Token h = tree.token(head);
    int first = h.relation().equals("conj") && !h.isRoot() ? h.head() : head;
    List<SpeakerRef> others = new ArrayList<>();
    Span covered = mention;
    for (int c : conjuncts(first)) {
      if (c == head || mention.contains(tokenSpan(c))) {
        continue;
      }
      Optional<SpeakerResolver.Resolved> r = speakers.resolve(c, Optional.empty());
      if (r.isEmpty()
          || r.get().speaker() instanceof SpeakerRef.Document
          || r.get().speaker().equals(s.speaker().get())
          || others.contains(r.get().speaker())) {
        continue;
      }
      others.add(r.get().speaker());
      Span named = r.get().mention() == null ? tokenSpan(c) : r.get().mention();
      covered =
          new Span(Math.min(covered.begin(), named.begin()), Math.max(covered.end(), named.end()));
    }
    return others.isEmpty() ? Optional.empty() : Optional.of(s.withCoSpeakers(others, covered));
  }

  /**
   * "the health minister, Jane Roe, and the transport minister, John Doe, said": a source
   * described as coordinated titles, each with its holder's name in apposition, is those people.
   * The description names several people, so it was taken as one unnamed source; each named
   * holder speaks instead, wherever the statement refers back to them ("they said").
   */
  private Optional<Statement> namedInEachConjunct(Statement s, SpeakerRef.Anonymous source) {
    int head = headOf(source.firstMention());
    if (head < 0 || !isNominal(tree.token(head))) {
      return Optional.empty();
    }
    List<Integer> titles = new ArrayList<>(List.of(head));
    // The parser attaches the second title to the first or to the first title's name.
    List<Integer> governors = new ArrayList<>(List.of(head));
    tree.child(head, "appos").ifPresent(governors::add);
    for (int g : governors) {
      for (int c : tree.children(g)) {
        if (tree.token(c).relation().equals("conj") && isNominal(tree.token(c)) && joinedByAnd(c)) {
          titles.add(c);
        }
      }
    }
    if (titles.size() < 2) {
      return Optional.empty();
    }
    List<SpeakerRef> named = new ArrayList<>();
    for (int title : titles) {
      Optional<SpeakerRef> holder =
          tree.child(title, "appos")
              .flatMap(a -> speakers.resolve(a, Optional.empty()))
              .map(SpeakerResolver.Resolved::speaker)
              .filter(SpeakerRef.Named.class::isInstance);
      if (holder.isEmpty() || named.contains(holder.get())) {
        return Optional.empty();
      }
      named.add(holder.get());
    }
    return Optional.of(s.withSpeakers(named));
  }

  /** {@code first} and the nouns coordinated with it by "and". */
  private List<Integer> conjuncts(int first) {
    List<Integer> all = new ArrayList<>();
    if (!isNominal(tree.token(first))) {
      return all;
    }
    all.add(first);
    // "Ann Roe, director of the zoo, and chair of the board, says": after an apposition, "and"
    // joins another description of the same person, not a second speaker.
    int apposition =
        tree.children(first).stream()
            .filter(c -> tree.token(c).relation().equals("appos"))
            .findFirst()
            .orElse(Integer.MAX_VALUE);
    for (int c : tree.children(first)) {
      if (tree.token(c).relation().equals("conj")
          && c < apposition
          && isNominal(tree.token(c))
          && joinedByAnd(c)) {
        all.add(c);
      }
    }
    return all;
  }

  private boolean joinedByAnd(int conjunct) {
    return tree.children(conjunct).stream()
        .map(tree::token)
        .anyMatch(t -> t.relation().equals("cc") && AND.contains(t.word().toLowerCase(Locale.ROOT)));
  }

  private static boolean isNominal(Token t) {
    return t.pos().startsWith("NN") || t.pos().equals("PRP");
  }

  /** The token of the mention that is governed from outside it; -1 if none. */
  private int headOf(Span mention) {
    int firstToken = tree.tokenAt(mention.begin());
    if (firstToken < 0) {
      return -1;
    }
    for (int t = firstToken;
        t < tree.analysis().tokens().size() && tree.token(t).begin() < mention.end();
        t++) {
      Token token = tree.token(t);
      if (token.isRoot() || !mention.contains(tokenSpan(token.head()))) {
        return t;
      }
    }
    return -1;
  }

  private Span tokenSpan(int t) {
    return new Span(tree.token(t).begin(), tree.token(t).end());
  }
}
