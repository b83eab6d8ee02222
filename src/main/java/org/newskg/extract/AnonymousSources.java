package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.MentionKind;

/** The anonymous sources of one article, as they are met in text order. */
final class AnonymousSources {
  private final class Draft {
    final int headToken;
    final String headLemma;
    final boolean plural;
    final Span first;
    final String description;
    final Optional<String> affiliation;
    final boolean document;
    final List<EntityMention> mentions = new ArrayList<>();

    Draft(int headToken, Span first, String description, Optional<String> aff, boolean document) {
      this.headToken = headToken;
      this.headLemma = tree.token(headToken).lemma().toLowerCase(Locale.ROOT);
      this.plural = tree.token(headToken).pos().endsWith("S");
      this.first = first;
      this.description = description;
      this.affiliation = aff;
      this.document = document;
    }

    AnonymousSource toSource() {
      return new AnonymousSource(first, description, affiliation, mentions, document);
    }
  }

  private final DependencyTree tree;
  private final Map<Integer, String> entityOfToken;
  private final Set<String> organizationsAndPlaces;
  private final List<Draft> drafts = new ArrayList<>();

  AnonymousSources(
      DependencyTree tree, Map<Integer, String> entityOfToken, Set<String> organizationsAndPlaces) {
    this.tree = tree;
    this.entityOfToken = entityOfToken;
    this.organizationsAndPlaces = organizationsAndPlaces;
  }

  /** A new person source described by the noun phrase {@code phrase} headed by {@code head}. */
  AnonymousSource create(int head, Span phrase) {
    return create(head, phrase, false);
  }

  /** A new document source ("court records") described by {@code phrase} headed by {@code head}. */
  AnonymousSource createDocument(int head, Span phrase) {
    return create(head, phrase, true);
  }

  private AnonymousSource create(int head, Span phrase, boolean document) {
    for (Draft d : drafts) {
      if (d.first.equals(phrase)) {
        return d.toSource();
      }
    }
    Optional<String> affiliation = Optional.empty();
    for (int t = tree.tokenAt(phrase.begin()); t < head; t++) {
      String key = entityOfToken.get(t);
      if (key != null && organizationsAndPlaces.contains(key)) {
        affiliation = Optional.of(key);
        break;
      }
    }
    Draft d =
        new Draft(
            head,
            phrase,
            tree.analysis().text().substring(phrase.begin(), phrase.end()),
            affiliation,
            document);
    d.mentions.add(mention(phrase));
    drafts.add(d);
    return d.toSource();
  }

  /**
   * The source introduced last before token {@code before} with the same head noun in the same
   * number: "the official" takes up "a U.S. official", not "U.S. officials".
   */
  Optional<AnonymousSource> latestWithHead(int before) {
    String lemma = tree.token(before).lemma().toLowerCase(Locale.ROOT);
    boolean plural = tree.token(before).pos().endsWith("S");
    Draft best = null;
    for (Draft d : drafts) {
      if (d.headToken < before
          && d.headLemma.equals(lemma)
          && d.plural == plural
          && (best == null || d.headToken > best.headToken)) {
        best = d;
      }
    }
    return Optional.ofNullable(best).map(Draft::toSource);
  }

  /** A source and where it was last named before some point. */
  record Mentioned(AnonymousSource source, Span mention, String headLemma) {}

  /**
   * The one person (a singular noun: "a police spokeswoman", not "officials", "two of the jurors"
   * or a document) named last before character {@code offset}, with that mention.
   */
  Optional<Mentioned> latestPersonBefore(int offset) {
    Draft best = null;
    Span bestMention = null;
    for (Draft d : drafts) {
      if (d.document || !tree.token(d.headToken).pos().equals("NN")) {
        continue;
      }
      for (EntityMention m : d.mentions) {
        if (m.span().end() <= offset && (bestMention == null || m.span().begin() > bestMention.begin())) {
          best = d;
          bestMention = m.span();
        }
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Mentioned(best.toSource(), bestMention, best.headLemma));
  }

  Optional<AnonymousSource> startingAt(int headToken) {
    return drafts.stream().filter(d -> d.headToken == headToken).findFirst().map(Draft::toSource);
  }

  void addMention(AnonymousSource source, Span span) {
    for (Draft d : drafts) {
      if (d.first.equals(source.firstMention())
          && d.mentions.stream().noneMatch(m -> m.span().equals(span))) {
        d.mentions.add(mention(span));
      }
    }
  }

  List<AnonymousSource> all() {
    return drafts.stream().map(Draft::toSource).toList();
  }

  private EntityMention mention(Span span) {
    String text = tree.analysis().text().substring(span.begin(), span.end());
    MentionKind kind =
        tree.token(tree.tokenAt(span.begin())).pos().startsWith("PRP")
            ? MentionKind.PRONOMINAL
            : MentionKind.NOMINAL;
    return new EntityMention(span, text, kind);
  }
}
