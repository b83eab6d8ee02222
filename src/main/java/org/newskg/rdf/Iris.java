package org.newskg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.newskg.extract.Names;
import org.newskg.extract.Span;

/**
 * The one place newskg mints IRIs. Every IRI is a function of its input (ids, text hashes, names,
 * offsets), so the same input gives the same IRIs on every run and machine.
 */
public final class Iris {
  public static final String DEFAULT_BASE = "https://w3id.org/newskg/id/";

  private final String base;

  public Iris(String base) {
    Objects.requireNonNull(base, "base");
    if (!base.matches("https?://\\S+[/#]")) {
      throw new IllegalArgumentException(
          "base IRI '%s' must be http(s) and end with / or #".formatted(base));
    }
    this.base = base;
  }

  public static Iris withDefaultBase() {
    return new Iris(DEFAULT_BASE);
  }

  public String base() {
    return base;
  }

  /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  private static String version(String sha256) {
    if (sha256.length() < 16) {
      throw new IllegalArgumentException("content hash '%s' is too short".formatted(sha256));
    }
    return sha256.substring(0, 16);
  }

  private static String idSlug(String articleId) {
    String slug = Names.key(articleId);
    if (slug.isEmpty()) {
      // An id of only punctuation or symbols still needs a stable, distinct slug.
      slug = "id-" + sha256(articleId).substring(0, 12);
    }
    return slug;
  }

  /** One version of an article: its id and the hash of its text. */
  public String article(String articleId, String sha256) {
    return base + "article/" + idSlug(articleId) + "/" + version(sha256);
  }

  public String graph(String articleId, String sha256) {
    return base + "graph/" + idSlug(articleId) + "/" + version(sha256);
  }

  public String run(String graphIri) {
    return graphIri + "#run";
  }

  public String software(String version) {
    return base + "software/newskg/" + version;
  }

  /** A span of an article's text, in the NIF style. */
  public String span(String articleIri, Span span) {
    return articleIri + "#char=" + span.begin() + "," + span.end();
  }

  /** A caption, credit, byline or piece of page furniture. */
  public String zone(String articleIri, Span span) {
    return articleIri + "#zone=" + span.begin() + "," + span.end();
  }

  /** One article's statement, named by the span of its words. */
  public String statement(String articleId, String sha256, Span content) {
    return base + "statement/" + idSlug(articleId) + "/" + version(sha256) + "/" + range(content);
  }

  /** An article's anonymous source, named by the span of its first description. */
  public String source(String articleId, String sha256, Span firstMention) {
    return base + "source/" + idSlug(articleId) + "/" + version(sha256) + "/" + range(firstMention);
  }

  /** An article's unnamed participant, named by the span of its first description. */
  public String participant(String articleId, String sha256, Span firstMention) {
    return base + "participant/" + idSlug(articleId) + "/" + version(sha256) + "/" + range(firstMention);
  }

  public String scareQuote(String articleId, String sha256, Span content) {
    return base + "scare-quote/" + idSlug(articleId) + "/" + version(sha256) + "/" + range(content);
  }

  /** One article's event, named by the span of its trigger word. */
  public String event(String articleId, String sha256, Span trigger) {
    return base + "event/" + idSlug(articleId) + "/" + version(sha256) + "/" + range(trigger);
  }

  /** An event merged across articles, named by a key of its kind, time and participants. */
  public String mergedEvent(String key) {
    if (!key.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("merged event key '%s' is not a slug".formatted(key));
    }
    return base + "event/merged/" + key;
  }

  /** A statement merged across articles, named by a key of its words. */
  public String mergedStatement(String key) {
    return base + "statement/merged/" + key;
  }

  private static String range(Span span) {
    return span.begin() + "-" + span.end();
  }

  public String role(String articleIri, Span evidence) {
    return articleIri + "#role=" + evidence.begin() + "," + evidence.end();
  }

  /** A person, organization or place, shared by every article that mentions it. */
  public String entity(String key) {
    if (key.isEmpty() || !key.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("entity key '%s' is not a slug".formatted(key));
    }
    return base + "entity/" + key;
  }

  /** A decision that two entities are one (its IRI names the pair, in alphabetical order). */
  public String identity(String entityIriA, String entityIriB) {
    String a = entityKeyOf(entityIriA);
    String b = entityKeyOf(entityIriB);
    return base + "identity/" + (a.compareTo(b) <= 0 ? a + "/" + b : b + "/" + a);
  }

  /** The decision linking an entity to an external knowledge base. */
  public String link(String entityIri) {
    return base + "identity/link/" + entityKeyOf(entityIri);
  }

  /** The record that one entity IRI is used for several entities. */
  public String split(String entityIri) {
    return base + "identity/split/" + entityKeyOf(entityIri);
  }

  /**
   * The key of an entity IRI, or of an unnamed participant's ("participant.{article}.{version}.
   * {range}", whose slashes would make the decision IRI ambiguous).
   */
  private String entityKeyOf(String entityIri) {
    String prefix = base + "entity/";
    String participant = base + "participant/";
    if (entityIri.startsWith(participant)) {
      return "participant." + entityIri.substring(participant.length()).replace('/', '.');
    }
    if (!entityIri.startsWith(prefix)) {
      throw new IllegalArgumentException("'%s' is not an entity IRI".formatted(entityIri));
    }
    return entityIri.substring(prefix.length());
  }

  /**
   * The DBpedia resource for an English Wikipedia title ("Ada_Lovelace"): spaces become
   * underscores, and characters IRIs do not allow are percent-encoded.
   */
  public static String dbpedia(String wikipediaTitle) {
    StringBuilder out = new StringBuilder("http://dbpedia.org/resource/");
    String title = wikipediaTitle.strip().replace(' ', '_');
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c <= 0x20 || "<>\"{}|\\^`%".indexOf(c) >= 0) {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A named graph of facts computed across articles. */
  public String mergedGraph(String name) {
    return base + "graph/merged/" + Names.key(name);
  }
}
