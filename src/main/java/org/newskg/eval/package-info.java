/**
 * Measures extraction against gold annotations: attribution of statements, and (later) entities
 * and events. Reads gold files, runs the same extractors as ingest, and scores.
 */
package org.newskg.eval;
