package org.newskg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** newskg's own version, from the build. */
public final class SoftwareInfo {
  private SoftwareInfo() {}

  public static String version() {
    Properties p = new Properties();
    try (InputStream in = SoftwareInfo.class.getResourceAsStream("/org/newskg/newskg.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }
}
