package org.newskg.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Keeps analyses of an evaluation corpus on disk, one tab-separated file per document, so that a
 * second run of an evaluation scores new rules without running CoreNLP again. The cache is only
 * valid for the same text: the file starts with the text's hash.
 */
final class AnalysisCache {
  private final Path dir;

  AnalysisCache(Path dir) {
    this.dir = dir;
  }

  Optional<Analysis> read(String docId, String text) {
    Path file = dir.resolve(docId + ".nlp.tsv");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals("H\t" + Integer.toHexString(text.hashCode()))) {
        return Optional.empty();
      }
      return Optional.of(parse(lines, text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(String docId, Analysis a) {
    try {
      Files.createDirectories(dir);
      try (BufferedWriter w =
          Files.newBufferedWriter(dir.resolve(docId + ".nlp.tsv"), StandardCharsets.UTF_8)) {
        w.write("H\t" + Integer.toHexString(a.text().hashCode()) + "\n");
        if (a.documentDate().isPresent()) {
          w.write("D\t" + a.documentDate().get() + "\n");
        }
        for (Token t : a.tokens()) {
          w.write(
              String.join(
                      "\t",
                      "T",
                      str(t.sentence()),
                      str(t.begin()),
                      str(t.end()),
                      clean(t.word()),
                      clean(t.lemma()),
                      t.pos(),
                      t.ner(),
                      clean(t.normalizedNer()),
                      str(t.head()),
                      t.relation())
                  + "\n");
        }
        for (Sentence s : a.sentences()) {
          w.write(String.join("\t", "S", str(s.firstToken()), str(s.endToken()),
              str(s.begin()), str(s.end())) + "\n");
        }
        for (NamedEntity e : a.entities()) {
          w.write(String.join("\t", "E", str(e.firstToken()), str(e.endToken()), str(e.begin()),
              str(e.end()), e.type(), clean(e.normalized())) + "\n");
        }
        for (CorefChain c : a.chains()) {
          w.write("C\t" + c.id() + "\n");
          w.write(mention("R", c.representative()));
          for (CorefMention m : c.mentions()) {
            w.write(mention("M", m));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String mention(String tag, CorefMention m) {
    return String.join("\t", tag, str(m.firstToken()), str(m.endToken()), str(m.headToken()),
        str(m.begin()), str(m.end()), m.kind().name()) + "\n";
  }

  private static Analysis parse(List<String> lines, String text) {
    Optional<LocalDate> date = Optional.empty();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NamedEntity> entities = new ArrayList<>();
    List<CorefChain> chains = new ArrayList<>();
    int chainId = -1;
    CorefMention rep = null;
    List<CorefMention> mentions = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "D" -> date = Optional.of(LocalDate.parse(f[1]));
        case "T" -> tokens.add(new Token(tokens.size(), num(f[1]), num(f[2]), num(f[3]), f[4],
            f[5], f[6], f[7], f[8], num(f[9]), f[10]));
        case "S" -> sentences.add(new Sentence(sentences.size(), num(f[1]), num(f[2]), num(f[3]),
            num(f[4])));
        case "E" -> entities.add(new NamedEntity(num(f[1]), num(f[2]), num(f[3]), num(f[4]),
            text.substring(num(f[3]), num(f[4])), f[5], f[6]));
        case "C" -> {
          if (chainId >= 0) {
            chains.add(new CorefChain(chainId, rep, mentions));
          }
          chainId = num(f[1]);
          mentions = new ArrayList<>();
        }
        case "R", "M" -> {
          CorefMention m = new CorefMention(num(f[1]), num(f[2]), num(f[3]), num(f[4]),
              num(f[5]), text.substring(num(f[4]), num(f[5])), MentionKind.valueOf(f[6]));
          if (f[0].equals("R")) {
            rep = m;
          } else {
            mentions.add(m);
          }
        }
        default -> throw new IllegalStateException("unknown cache line " + f[0]);
      }
    }
    if (chainId >= 0) {
      chains.add(new CorefChain(chainId, rep, mentions));
    }
    return new Analysis(text, date, tokens, sentences, entities, chains);
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
  }

  private static String str(int i) {
    return Integer.toString(i);
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }
}
