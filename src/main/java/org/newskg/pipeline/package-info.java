/**
 * The ingest job: reads articles, analyses and extracts each one, builds and validates its graph
 * in memory, and hands finished graphs to the store in batches.
 */
package org.newskg.pipeline;
