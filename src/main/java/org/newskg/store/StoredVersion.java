package org.newskg.store;

/** The newest stored version of an article id: its article IRI, graph IRI and text hash. */
public record StoredVersion(String articleIri, String graphIri, String sha256) {}
