/**
 * The one adapter to Stanford CoreNLP: text in, plain records out. CoreNLP's own types never leave
 * this package.
 */
package org.newskg.nlp;
