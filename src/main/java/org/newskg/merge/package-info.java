/**
 * Facts computed across articles: statements reported by several outlets merged into one, with
 * the number of publishers and any disagreement on the speaker, in named graphs of their own.
 */
package org.newskg.merge;
