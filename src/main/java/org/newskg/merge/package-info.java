/**
 * Facts computed across articles: statements reported by several outlets merged into one, with
 * the number of publishers and any disagreement on the speaker, and entity identity (which entity
 * IRIs are one entity, with reasons, and links to Wikipedia), in named graphs of their own.
 */
package org.newskg.merge;
