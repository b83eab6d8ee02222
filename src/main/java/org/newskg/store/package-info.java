/**
 * The TDB2 store, read side: opening the store, SPARQL queries over the union of the article
 * graphs, and RDF 1.1 exports of every named graph. {@link org.newskg.store.KgStore} is the facade.
 */
package org.newskg.store;
