package org.newskg.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newskg.nlp.Analysis;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.MentionKind;
import org.newskg.nlp.NamedEntity;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.NlpSettings;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps CoreNLP analyses of evaluation documents on disk, one file per text (named by the hash of
 * text, date and every CoreNLP property, so a changed setting never reads an old analysis), so that
 * re-scoring after a change to the extractors does not re-run CoreNLP: ECB+ takes about a second a
 * document. One folder serves every evaluation: the same text with the same date and settings is
 * the same analysis.
 */
final class AnalysisCache {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisCache.class);
  private static final int FORMAT = 1;

  private final Optional<Path> dir;
  private final NlpSettings settings;
  private final Supplier<NlpPipeline> nlp;
  private NlpPipeline pipeline;
  private int analysed;

  /** {@code nlp} is asked for only when a text is not in the cache: models load lazily. */
  AnalysisCache(Optional<Path> dir, NlpSettings settings, Supplier<NlpPipeline> nlp) {
    this.dir = dir;
    this.settings = settings;
    this.nlp = nlp;
  }

  Analysis analyze(String text, Optional<LocalDate> date) {
    if (dir.isEmpty()) {
      return fresh(text, date);
    }
    Path file = fileFor(text, date);
    if (Files.isRegularFile(file)) {
      try {
        return read(file, text, date);
      } catch (IOException | RuntimeException e) {
        LOG.warn("analysis cache file {} unreadable, analysing again: {}", file, e.getMessage());
      }
    }
    Analysis a = fresh(text, date);
    try {
      Files.createDirectories(dir.get());
      Path tmp = Files.createTempFile(dir.get(), file.getFileName().toString(), ".tmp");
      write(tmp, a);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.warn("cannot write analysis cache {}: {}", file, e.getMessage());
    }
    return a;
  }

  /**
   * The cache file of one text: its name hashes the file format, CoreNLP's version and properties,
   * the date and the text.
   */
  Path fileFor(String text, Optional<LocalDate> date) {
    String name =
        Iris.sha256(
                "%d\n%s\n%s\n%s"
                    .formatted(
                        FORMAT,
                        settings.fingerprint(),
                        date.map(LocalDate::toString).orElse(""),
                        text))
            .substring(0, 24);
    return dir.orElseThrow().resolve(name + ".bin.gz");
  }

  private Analysis fresh(String text, Optional<LocalDate> date) {
    Analysis a = pipeline().analyze(text, date);
    if (++analysed % 25 == 0) {
      LOG.info("analysed {} texts with CoreNLP (not in the cache)", analysed);
    }
    return a;
  }

  private synchronized NlpPipeline pipeline() {
    if (pipeline == null) {
      pipeline = nlp.get();
    }
    return pipeline;
  }

  static void write(Path file, Analysis a) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
      out.writeInt(FORMAT);
      out.writeInt(a.tokens().size());
      for (Token t : a.tokens()) {
        out.writeInt(t.sentence());
        out.writeInt(t.begin());
        out.writeInt(t.end());
        out.writeUTF(t.word());
        out.writeUTF(t.lemma());
        out.writeUTF(t.pos());
        out.writeUTF(t.ner());
        out.writeUTF(t.normalizedNer());
        out.writeInt(t.head());
        out.writeUTF(t.relation());
      }
      out.writeInt(a.sentences().size());
      for (Sentence s : a.sentences()) {
        out.writeInt(s.firstToken());
        out.writeInt(s.endToken());
        out.writeInt(s.begin());
        out.writeInt(s.end());
      }
      out.writeInt(a.entities().size());
      for (NamedEntity e : a.entities()) {
        out.writeInt(e.firstToken());
        out.writeInt(e.endToken());
        out.writeInt(e.begin());
        out.writeInt(e.end());
        out.writeUTF(e.text());
        out.writeUTF(e.type());
        out.writeUTF(e.normalized());
      }
      out.writeInt(a.chains().size());
      for (CorefChain c : a.chains()) {
        out.writeInt(c.id());
        writeMention(out, c.representative());
        out.writeInt(c.mentions().size());
        for (CorefMention m : c.mentions()) {
          writeMention(out, m);
        }
      }
    }
  }

  private static void writeMention(DataOutputStream out, CorefMention m) throws IOException {
    out.writeInt(m.firstToken());
    out.writeInt(m.endToken());
    out.writeInt(m.headToken());
    out.writeInt(m.begin());
    out.writeInt(m.end());
    out.writeUTF(m.text());
    out.writeUTF(m.kind().name());
  }

  static Analysis read(Path file, String text, Optional<LocalDate> date)
      throws IOException {
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
      if (in.readInt() != FORMAT) {
        throw new IOException("old format");
      }
      List<Token> tokens = new ArrayList<>();
      for (int i = 0, n = in.readInt(); i < n; i++) {
        tokens.add(
            new Token(
                i,
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readUTF(),
                in.readUTF(),
                in.readUTF(),
                in.readUTF(),
                in.readUTF(),
                in.readInt(),
                in.readUTF()));
      }
      List<Sentence> sentences = new ArrayList<>();
      for (int i = 0, n = in.readInt(); i < n; i++) {
        sentences.add(new Sentence(i, in.readInt(), in.readInt(), in.readInt(), in.readInt()));
      }
      List<NamedEntity> entities = new ArrayList<>();
      for (int i = 0, n = in.readInt(); i < n; i++) {
        entities.add(
            new NamedEntity(
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readUTF(),
                in.readUTF(),
                in.readUTF()));
      }
      List<CorefChain> chains = new ArrayList<>();
      for (int i = 0, n = in.readInt(); i < n; i++) {
        int id = in.readInt();
        CorefMention rep = readMention(in);
        List<CorefMention> mentions = new ArrayList<>();
        for (int j = 0, k = in.readInt(); j < k; j++) {
          mentions.add(readMention(in));
        }
        chains.add(new CorefChain(id, rep, mentions));
      }
      return new Analysis(text, date, tokens, sentences, entities, chains);
    }
  }

  private static CorefMention readMention(DataInputStream in) throws IOException {
    return new CorefMention(
        in.readInt(),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        in.readUTF(),
        MentionKind.valueOf(in.readUTF()));
  }
}
