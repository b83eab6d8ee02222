/**
 * The ingest benchmark: newskg's whole ingest timed side by side with plain CoreNLP running the
 * same annotators on the same texts, with the time of each stage and the peak heap. {@link
 * org.newskg.bench.IngestBenchmark} is the facade.
 */
package org.newskg.bench;
