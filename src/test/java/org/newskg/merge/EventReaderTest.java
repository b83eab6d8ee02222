package org.newskg.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class EventReaderTest {
  private static final String TEXT =
      "Storm hits coast.\nThe Kestrel Star sank near Gull Pier with 41 people aboard. It was late.";
  private static final int BEGIN = TEXT.indexOf("sank");
  private static final int END = BEGIN + "sank".length();

  private static final String GRAPH =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX nkg: <https://w3id.org/newskg/ns#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX gaf: <http://groundedannotationframework.org/gaf#>
      <http://ex/g/a1> {
        <http://ex/a1> a schema:NewsArticle ; schema:identifier "a1" ; nif:isString "%s" .
        <http://ex/a1#ev> a nkg:Event ; nkg:triggerLemma "sink" ; nkg:factuality nkg:Asserted ;
            gaf:denotedBy <http://ex/a1#trigger> .
        <http://ex/a1#trigger> nif:beginIndex %d ; nif:endIndex %d .
      }
      """
          .formatted(TEXT.replace("\n", "\\n"), BEGIN, END);

  @Test
  void anEventCarriesTheWordsAndNumbersOfItsSentenceFromTheArticleText() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(GRAPH, Lang.TRIG).parse(dataset);
    List<ReportedEvent> events =
        Txn.calculateRead(dataset, () -> new EventReader(dataset).read(Map.of()));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).context())
        .containsExactlyInAnyOrder("w:kestrel", "w:star", "w:near", "w:gull", "w:pier", "w:people",
            "w:aboard", "n:41");
  }
}
