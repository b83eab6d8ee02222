package org.newskg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Byte-level checks shared by the sources: size limit, binary content, strict UTF-8 decoding with
 * the byte offset of the first bad sequence, and the byte order mark.
 */
final class Utf8Files {
  /** How much of a file the control-character heuristic looks at. */
  static final int SNIFF_BYTES = 8192;

  /** Above this share of control characters in the sniffed bytes, a file is taken as binary. */
  static final double MAX_CONTROL_SHARE = 0.30;

  static final char BOM = '\uFEFF';

  private Utf8Files() {}

  /** The file's bytes, if it is no bigger than {@code maxBytes}. */
  static byte[] read(Path file, long maxBytes) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw tooBig(size, maxBytes);
    }
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > maxBytes) { // grew while we looked
      throw tooBig(bytes.length, maxBytes);
    }
    return bytes;
  }

  private static InputException tooBig(long size, long maxBytes) {
    return new InputException(
        "",
        String.format(Locale.ROOT, "file is %d bytes, over the limit of %d bytes", size, maxBytes));
  }

  /** Fails for a file of zero bytes, or one that is binary rather than text. */
  static void checkText(byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputException("", "file is empty");
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new InputException(
          "", "file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException("byte " + i, "file looks binary: it has a NUL byte at byte " + i);
      }
    }
    int sample = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      if (isControl(bytes[i])) {
        control++;
      }
    }
    if (control > MAX_CONTROL_SHARE * sample) {
      throw new InputException(
          "",
          String.format(
              Locale.ROOT,
              "file looks binary: %d of its first %d bytes are control characters",
              control,
              sample));
    }
  }

  private static boolean isControl(byte b) {
    return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
  }

  /**
   * Decodes {@code bytes[from, to)} as UTF-8, strictly: a malformed or unmappable sequence fails
   * with position {@code prefix + "byte N"}, N counted from the start of {@code bytes}.
   */
  static String decode(byte[] bytes, int from, int to, String prefix) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      StringBuilder hex = new StringBuilder();
      for (int i = at; i < Math.min(at + result.length(), to); i++) {
        hex.append(String.format(Locale.ROOT, "%s%02X", hex.length() == 0 ? "" : " ", bytes[i]));
      }
      throw new InputException(
          prefix + "byte " + at,
          "invalid UTF-8 at byte " + at + " (" + hex + "); the input must be UTF-8");
    }
    return out.flip().toString();
  }

  /** The text without one leading byte order mark. */
  static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /** A reason for an I/O failure that a user can act on. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "does not exist (or is a broken link)";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    String message = e.getMessage();
    return "cannot be read: " + (message == null ? e.getClass().getSimpleName() : message);
  }
}
