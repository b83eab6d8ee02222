/**
 * Turns an article and its {@link org.newskg.nlp.Analysis} into facts: text zones, entities with
 * their mentions and roles, statements and events, as plain records with character offsets.
 */
package org.newskg.extract;
