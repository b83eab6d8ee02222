/**
 * The graph side: vocabulary constants, the one place IRIs are minted, and the writer that turns
 * an article's extraction into the triples of its named graph.
 */
package org.newskg.rdf;
