package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Documents as speakers: who wrote or issued a document a subject names ("the mayor's
 * announcement", "the statement" after "the navy issued a statement"), and the words that
 * describe a document whose author goes unnamed.
 */
final class DocumentAuthors {
  /** How many sentences back "the statement" may look for the one who issued it. */
  private static final int ISSUER_SENTENCES = 3;

  /** What may stand before a document's noun in its description ("the court's sealed records"). */
  private static final Set<String> DOCUMENT_PREMODIFIERS =
      Set.of("det", "amod", "compound", "nummod", "nmod:poss", "det:predet");

  private final DependencyTree tree;

  DocumentAuthors(DependencyTree tree) {
    this.tree = tree;
  }

  /**
   * "Acme Foods issued a statement … The statement expresses …": who issued, released or sent the
   * document a definite description refers back to, as the subject of the verb taking the same
   * noun as its object a few sentences before, or as the author of that noun ("according to a
   * statement from the navy … the statement said").
   */
  Optional<Integer> issuerOf(int document) {
    String lemma = tree.token(document).lemma().toLowerCase(Locale.ROOT);
    int sentence = tree.token(document).sentence();
    for (int t = document - 1; t >= 0 && sentence - tree.token(t).sentence() <= ISSUER_SENTENCES; t--) {
      Token w = tree.token(t);
      if (!w.lemma().equalsIgnoreCase(lemma) || w.isRoot()) {
        continue;
      }
      Optional<Integer> author = authorOf(t);
      if (author.isPresent()) {
        return author;
      }
      if (w.relation().equals("obj")) {
        return tree.child(w.head(), "nsubj");
      }
    }
    return Optional.empty();
  }

  /**
   * "the post by an unknown author", "a statement from the county police", "the mayor's
   * announcement": who a document speaks for.
   */
  Optional<Integer> authorOf(int document) {
    Optional<Integer> possessor = tree.child(document, "nmod:poss");
    if (possessor.isPresent()) {
      return isAboutItsPossessor(document) ? Optional.empty() : possessor;
    }
    for (int c : tree.children(document)) {
      boolean by =
          tree.children(c).stream()
              .anyMatch(k -> tree.token(k).relation().equals("case")
                  && (tree.token(k).lemma().equalsIgnoreCase("by") || tree.token(k).lemma().equalsIgnoreCase("from")));
      if (by && tree.token(c).pos().startsWith("NN")) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** "her biography", "his criminal record": documents about their possessor, not by them. */
  private boolean isAboutItsPossessor(int document) {
    return tree.child(document, "nmod:poss").isPresent()
        && CueLexicon.DOCUMENTS_ABOUT_POSSESSOR.contains(tree.token(document).lemma().toLowerCase(Locale.ROOT));
  }

  /** "the charge sheet": a compound WordNet knows as a document. */
  boolean compoundDocument(int noun) {
    return noun > 0 && tree.token(noun - 1).relation().equals("compound") && tree.token(noun - 1).head() == noun
        && DocumentNouns.isDocument(tree.token(noun - 1), tree.token(noun));
  }

  /**
   * A document's description: its noun phrase up to the first clause, apposition or comma after
   * the head ("a message" of "a message stating, …"; "posts on the message board").
   */
  Span documentPhrase(int head) {
    int first = head;
    int end = tree.subtreeRange(head)[1];
    for (int c : tree.children(head)) {
      String r = tree.token(c).relation();
      if (c < head && DOCUMENT_PREMODIFIERS.contains(r)) {
        first = Math.min(first, tree.subtreeRange(c)[0]);
      } else if (c > head && (r.startsWith("acl") || r.equals("appos") || r.equals("parataxis")
          || r.equals("dep") || r.equals("punct"))) {
        end = Math.min(end, tree.subtreeRange(c)[0]);
      }
    }
    while (end > head + 1 && tree.token(end - 1).word().equals(",")) {
      end--;
    }
    return tree.span(first, end);
  }
}
