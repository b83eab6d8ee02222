package org.newskg.merge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's English Wikipedia dictionary ({@code wikidict.tab.gz}, in the {@code
 * models-english-kbp} jar): 21 million lines "surface TAB Wikipedia title TAB P(title | surface)",
 * one per surface. Kept compactly in memory: a surface is known by a 64-bit hash in an
 * open-addressing table (a false hit needs two surfaces among millions to share 64 bits), titles
 * as UTF-8 bytes in one array. Loading reads the whole file once, about a minute; the tables take
 * about 0.7 GB of heap. Surfaces longer than 80 characters and links or link texts ({@link
 * #useful}) are skipped.
 */
final class Wikidict {
  /** A title and the share of the surface's links that point at it. */
  record Entry(String title, double score) {}

  private long[] keys;
  private int[] titleOf;
  private float[] scores;
  private int size;
  private byte[] titleBytes = new byte[1 << 24];
  private int[] titleStart = new int[1 << 20];
  private int titles;
  private int titleBytesUsed;

  private Wikidict(int capacityPowerOfTwo) {
    keys = new long[capacityPowerOfTwo];
    titleOf = new int[capacityPowerOfTwo];
    scores = new float[capacityPowerOfTwo];
  }

  /** Reads a gzipped wikidict stream. */
  static Wikidict read(InputStream gzipped, int expectedEntries) throws IOException {
    int capacity = Integer.highestOneBit(Math.max(16, expectedEntries * 3 / 2)) << 1;
    Wikidict d = new Wikidict(capacity);
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      String previousTitle = null;
      int titleId = -1;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int t1 = line.indexOf('\t');
        int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        if (t1 <= 0 || t2 < 0 || t1 > 80 || !useful(line, t1)) {
          continue;
        }
        String title = line.substring(t1 + 1, t2);
        float score;
        try {
          score = Float.parseFloat(line.substring(t2 + 1));
        } catch (NumberFormatException e) {
          continue;
        }
        if (!title.equals(previousTitle)) {
          titleId = d.addTitle(title);
          previousTitle = title;
        }
        d.put(hash(line, 0, t1), titleId, score);
      }
    }
    d.titleBytes = Arrays.copyOf(d.titleBytes, d.titleBytesUsed);
    d.titleStart = Arrays.copyOf(d.titleStart, d.titles + 1);
    d.titleStart[d.titles] = d.titleBytesUsed;
    return d;
  }

  /**
   * Links and link texts ("http://en.wikipedia.org/wiki/…", "Wikipedia article on …") are not
   * names; names that merely hold "wiki" ("Wikinews", "WikiLeaks") are.
   */
  private static boolean useful(String line, int end) {
    String surface = line.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    return !surface.contains("http")
        && !surface.contains("www.")
        && !surface.contains("wiki/")
        && (!surface.contains("wikipedia") || surface.equals("wikipedia"));
  }

  int size() {
    return size;
  }

  Optional<Entry> lookup(String surface) {
    if (surface.isEmpty()) {
      return Optional.empty();
    }
    long h = hash(surface, 0, surface.length());
    int mask = keys.length - 1;
    for (int i = (int) (mix(h) & mask); ; i = (i + 1) & mask) {
      if (keys[i] == 0) {
        return Optional.empty();
      }
      if (keys[i] == h) {
        return Optional.of(new Entry(title(titleOf[i]), scores[i]));
      }
    }
  }

  private String title(int id) {
    int start = titleStart[id];
    int end = id + 1 < titleStart.length ? titleStart[id + 1] : titleBytesUsed;
    return new String(titleBytes, start, end - start, StandardCharsets.UTF_8);
  }

  private int addTitle(String title) {
    byte[] b = title.getBytes(StandardCharsets.UTF_8);
    if (titleBytesUsed + b.length > titleBytes.length) {
      titleBytes = Arrays.copyOf(titleBytes, Math.max(titleBytes.length * 2, titleBytesUsed + b.length));
    }
    if (titles + 2 > titleStart.length) {
      titleStart = Arrays.copyOf(titleStart, titleStart.length * 2);
    }
    titleStart[titles] = titleBytesUsed;
    System.arraycopy(b, 0, titleBytes, titleBytesUsed, b.length);
    titleBytesUsed += b.length;
    return titles++;
  }

  private void put(long h, int title, float score) {
    if (size * 4L >= keys.length * 3L) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = (int) (mix(h) & mask); ; i = (i + 1) & mask) {
      if (keys[i] == 0) {
        keys[i] = h;
        titleOf[i] = title;
        scores[i] = score;
        size++;
        return;
      }
      if (keys[i] == h) {
        if (score > scores[i]) {
          titleOf[i] = title;
          scores[i] = score;
        }
        return;
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldTitles = titleOf;
    float[] oldScores = scores;
    keys = new long[oldKeys.length * 2];
    titleOf = new int[keys.length];
    scores = new float[keys.length];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldTitles[i], oldScores[i]);
      }
    }
  }

  /** 64-bit FNV-1a over UTF-16 units; never 0 (0 marks an empty slot). */
  static long hash(CharSequence s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
