package org.newskg.server;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter configured for a read-only SPARQL service: the given origins, the methods
 * that read (GET, POST for long queries, HEAD, OPTIONS), and preflights answered here without
 * reaching Fuseki.
 *
 * <p>Fuseki's builder turns on its own CORS filter only when asked ({@code enableCors(true)}), and
 * then with fixed settings (any origin, the write methods too) unless given a properties file; this
 * filter takes the origins from {@link KgServer.Builder#corsOrigins} instead.
 */
final class CorsFilter extends CrossOriginFilter {
  private static final String ALLOWED_HEADERS =
      "X-Requested-With, Content-Type, Accept, Origin, Last-Modified, Authorization";
  private static final String EXPOSED_HEADERS =
      "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified,"
          + " Pragma";

  private final Map<String, String> parameters;

  CorsFilter(List<String> origins) {
    this.parameters =
        Map.of(
            ALLOWED_ORIGINS_PARAM,
            String.join(",", origins),
            ALLOWED_METHODS_PARAM,
            "GET,POST,HEAD,OPTIONS",
            ALLOWED_HEADERS_PARAM,
            ALLOWED_HEADERS,
            EXPOSED_HEADERS_PARAM,
            EXPOSED_HEADERS,
            CHAIN_PREFLIGHT_PARAM,
            "false");
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(new Config(config, parameters));
  }

  /** The container's filter config, with our init parameters. */
  private record Config(FilterConfig container, Map<String, String> parameters)
      implements FilterConfig {
    @Override
    public String getFilterName() {
      return container.getFilterName();
    }

    @Override
    public ServletContext getServletContext() {
      return container.getServletContext();
    }

    @Override
    public String getInitParameter(String name) {
      return parameters.get(name);
    }

    @Override
    public Enumeration<String> getInitParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }
  }
}
