package org.newskg.cli;

import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.SoftwareInfo;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"newskg " + SoftwareInfo.version(), NlpPipeline.CORENLP_VERSION};
  }
}
