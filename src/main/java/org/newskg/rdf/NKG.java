package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** newskg's own terms, declared in {@code ontology/newskg.ttl}. */
public final class NKG {
  public static final String NS = "https://w3id.org/newskg/ns#";

  private NKG() {}

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }

  // Classes
  public static final Node Mention = term("Mention");
  public static final Node TextZone = term("TextZone");
  public static final Node Caption = term("Caption");
  public static final Node Credit = term("Credit");
  public static final Node Byline = term("Byline");
  public static final Node Boilerplate = term("Boilerplate");
  public static final Node RoleAssertion = term("RoleAssertion");
  public static final Node Statement = term("Statement");
  public static final Node ScareQuote = term("ScareQuote");
  public static final Node MergedStatement = term("MergedStatement");
  public static final Node AttributionDiscrepancy = term("AttributionDiscrepancy");
  public static final Node AnonymousSource = term("AnonymousSource");
  public static final Node DocumentSource = term("DocumentSource");
  public static final Node UnnamedParticipant = term("UnnamedParticipant");
  public static final Node UnnamedThing = term("UnnamedThing");
  public static final Node headLemma = term("headLemma");
  public static final Node modifierLemma = term("modifierLemma");
  public static final Node Event = term("Event");
  public static final Node MergedEvent = term("MergedEvent");
  public static final Node IdentityDecision = term("IdentityDecision");
  public static final Node IdentitySplit = term("IdentitySplit");

  // Individuals
  public static final Node Proper = term("Proper");
  public static final Node Nominal = term("Nominal");
  public static final Node Pronominal = term("Pronominal");
  public static final Node Asserted = term("Asserted");
  public static final Node Hypothetical = term("Hypothetical");
  public static final Node Denied = term("Denied");
  public static final Node Planned = term("Planned");

  // Properties
  public static final Node contentSha256 = term("contentSha256");
  public static final Node dateInferred = term("dateInferred");
  public static final Node publisherInferred = term("publisherInferred");
  public static final Node pipelineSettings = term("pipelineSettings");
  public static final Node nlpSoftware = term("nlpSoftware");
  public static final Node mentionKind = term("mentionKind");
  public static final Node role = term("role");
  public static final Node quote = term("quote");
  public static final Node direct = term("direct");
  public static final Node speaker = term("speaker");
  public static final Node speakerMention = term("speakerMention");
  public static final Node sourceDocument = term("sourceDocument");
  public static final Node cue = term("cue");
  public static final Node mergedFrom = term("mergedFrom");
  public static final Node publisherCount = term("publisherCount");
  public static final Node articleCount = term("articleCount");
  public static final Node attributionDiscrepancy = term("attributionDiscrepancy");
  public static final Node discrepancy = term("discrepancy");
  public static final Node evidence = term("evidence");
  public static final Node participant = term("participant");
  public static final Node agent = term("agent");
  public static final Node recipient = term("recipient");
  public static final Node theme = term("theme");
  public static final Node factuality = term("factuality");
  public static final Node scareQuote = term("scareQuote");
  public static final Node timeValue = term("timeValue");
  public static final Node earliestDate = term("earliestDate");
  public static final Node latestDate = term("latestDate");
  public static final Node timeMention = term("timeMention");
  public static final Node triggerLemma = term("triggerLemma");
  public static final Node eventType = term("eventType");
  public static final Node reason = term("reason");
  public static final Node literalReferent = term("literalReferent");
  public static final Node representative = term("representative");
  public static final Node linkConfidence = term("linkConfidence");
  public static final Node splitEntity = term("splitEntity");
  public static final Node identityEvidence = term("identityEvidence");
  public static final Node sense = term("sense");

  /** A class or individual of the nkg: namespace by local name (event types, factualities). */
  public static Node local(String localName) {
    return term(localName);
  }

  /** An individual of nkg:IdentityReason, by local name ("AliasInArticle"). */
  public static Node identityReason(String localName) {
    return term(localName);
  }
}
