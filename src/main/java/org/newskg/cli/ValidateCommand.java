package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.KgStore;
import org.newskg.store.StoreAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks every named graph in the store against the SHACL shapes of ontology/shapes.ttl"
            + " and every mention's anchor against its text; exit code 1 on any violation.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KgStore kg = store.openExisting()) {
      StoreAudit.Result result = StoreAudit.audit(kg.dataset());
      result.violations().forEach(v -> out.println("violation: " + v));
      out.printf(
          "Checked %d graph(s): %d violation(s)%n", result.graphs(), result.violations().size());
      out.flush();
      return result.violations().isEmpty() ? 0 : Main.SOME_FAILED;
    }
  }
}
