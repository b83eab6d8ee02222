package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The schema.org terms newskg uses, in the https namespace the contract names (Jena's {@code
 * SchemaDO} uses http).
 */
public final class SDO {
  public static final String NS = "https://schema.org/";

  private SDO() {}

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }

  public static final Node NewsArticle = term("NewsArticle");
  public static final Node Person = term("Person");
  public static final Node CreativeWork = term("CreativeWork");
  public static final Node Organization = term("Organization");
  public static final Node Place = term("Place");
  public static final Node Thing = term("Thing");
  public static final Node Country = term("Country");
  public static final Node City = term("City");
  public static final Node State = term("State");
  public static final Node identifier = term("identifier");
  public static final Node headline = term("headline");
  public static final Node datePublished = term("datePublished");
  public static final Node publisher = term("publisher");
  public static final Node url = term("url");
  public static final Node name = term("name");
  public static final Node alternateName = term("alternateName");
  public static final Node description = term("description");
  public static final Node jobTitle = term("jobTitle");
  public static final Node affiliation = term("affiliation");
  public static final Node softwareVersion = term("softwareVersion");
  public static final Node startDate = term("startDate");
  public static final Node location = term("location");
}
