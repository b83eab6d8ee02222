package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.pipeline.ArticleRemoval;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description =
        "Removes articles (every version of each) by id, and rebuilds the merged graphs"
            + " so that merged facts no longer count them.")
final class RemoveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin BaseIriOption base;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids (schema:identifier).")
  List<String> ids;


  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KgStore kg = store.openExisting()) {
      ArticleRemoval.Result r = new ArticleRemoval(kg.dataset(), base.baseIri).remove(ids);
      out.printf("Removed %d article(s), %d graph(s)%n", r.articles(), r.graphs());
      r.problems().forEach(p -> out.println("  failed: " + p));
      out.flush();
      return r.problems().isEmpty() ? 0 : Main.SOME_FAILED;
    }
  }
}
