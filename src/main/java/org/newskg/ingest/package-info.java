/**
 * Reads news articles from {@code .txt} files (with optional {@code NAME.json} sidecars) and {@code
 * .jsonl} files into {@link org.newskg.ingest.Article} records, reporting bad input as {@link
 * org.newskg.ingest.IngestProblem}s without stopping the batch; {@link
 * org.newskg.ingest.ArticleReader} is the entry point.
 */
package org.newskg.ingest;
