/**
 * Measures extraction against gold annotations: attribution of statements, entity identity (GUM
 * news, ECB+), and (later) events. Reads gold files, runs the same extractors as ingest, and scores.
 */
package org.newskg.eval;
