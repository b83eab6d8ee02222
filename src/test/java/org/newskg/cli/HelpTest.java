package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command and subcommand answers {@code --help} with its usage and exit code 0. */
class HelpTest {

  /** Every command path of the CLI, found from the command tree, so new commands are covered. */
  static Stream<List<String>> commands() {
    List<List<String>> paths = new ArrayList<>();
    collect(new CommandLine(Main.class), new ArrayList<>(), paths);
    return paths.stream();
  }

  private static void collect(CommandLine cmd, List<String> path, List<List<String>> out) {
    out.add(List.copyOf(path));
    cmd.getSubcommands()
        .forEach(
            (name, sub) -> {
              // picocli lists a command under each of its aliases; one is enough.
              if (sub.getCommandName().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, out);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpOfEveryCommandPrintsUsageAndExitsZero(List<String> path) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out())
        .as(result.toString())
        .containsPattern("(?m)^Usage: " + String.join(" ", prefixed(path)) + " ");
  }

  private static List<String> prefixed(List<String> path) {
    List<String> words = new ArrayList<>(List.of("newskg"));
    words.addAll(path);
    return words;
  }

  @Test
  void commandTreeHasTheSubcommandsOfTheIssue() {
    assertThat(commands().filter(p -> p.size() == 1).map(p -> p.get(0)))
        .contains("ingest", "serve", "query", "export", "validate", "evaluate", "bench");
  }

  @Test
  void unknownExportFormatIsAUsageError() {
    Cli.Result result =
        Cli.run("export", "--store", "target/no-such-store", "--format", "rdfxml", "--output", "x");
    assertThat(result.exit()).isEqualTo(Main.USAGE);
    assertThat(result.err()).contains("format 'rdfxml' is not one of nquads, trig, jsonld");
  }
}
