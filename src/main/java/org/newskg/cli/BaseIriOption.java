package org.newskg.cli;

import picocli.CommandLine.Option;

/** The {@code --base-iri} option of the commands that mint or find IRIs. */
final class BaseIriOption {
  @Option(
      names = "--base-iri",
      defaultValue = "https://w3id.org/newskg/id/",
      description = "Base of minted IRIs, the same for every run on a store (default: ${DEFAULT-VALUE}).")
  String baseIri;
}
