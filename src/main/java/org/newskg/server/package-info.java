/**
 * The SPARQL server: the store served read-only by embedded Fuseki main at {@code /kg}, with the
 * union default graph, query timeouts and CORS. {@link org.newskg.server.KgServer} is the facade.
 */
package org.newskg.server;
