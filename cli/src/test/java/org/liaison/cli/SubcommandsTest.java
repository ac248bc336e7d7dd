package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A run whose first argument names a subcommand builds that subcommand only: its help, usage errors
 * and exit statuses are those of the command line with every subcommand.
 */
class SubcommandsTest {

  @Test
  void subcommandsFor_firstArgumentNamingOne_buildsThatOneOnly() {
    assertThat(Liaison.subcommandsFor("validate", "examples")).containsExactly("validate");
    assertThat(Liaison.subcommandsFor("codes")).containsExactly("codes");
  }

  @Test
  void subcommandsFor_anythingElse_buildsAll() {
    assertThat(Liaison.subcommandsFor()).isEqualTo(Liaison.SUBCOMMANDS);
    assertThat(Liaison.subcommandsFor("--help")).isEqualTo(Liaison.SUBCOMMANDS);
    assertThat(Liaison.subcommandsFor("help", "validate")).isEqualTo(Liaison.SUBCOMMANDS);
    assertThat(Liaison.subcommandsFor("valdate")).isEqualTo(Liaison.SUBCOMMANDS);
    assertThat(Liaison.subcommandsFor("--version", "validate")).isEqualTo(Liaison.SUBCOMMANDS);
  }

  /**
   * For each subcommand: its help, an unknown option, a near miss of each option (picocli suggests
   * the option) and each option that takes a value given none.
   */
  static Stream<List<String>> helpAndUsageErrors() {
    CommandLine full =
        Liaison.commandLine(
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter()),
            Liaison.SUBCOMMANDS);
    List<List<String>> cases = new ArrayList<>();
    for (String name : Liaison.SUBCOMMANDS) {
      if (name.equals("help")) {
        continue;
      }
      cases.add(List.of(name, "--help"));
      cases.add(List.of(name, "-h"));
      cases.add(List.of(name, "--version"));
      cases.add(List.of(name, "--no-such-option"));
      cases.add(List.of(name, "-Z"));
      for (OptionSpec option : full.getSubcommands().get(name).getCommandSpec().options()) {
        String longest = option.longestName();
        if (longest.startsWith("--")) {
          cases.add(List.of(name, longest.substring(0, longest.length() - 1)));
        }
        if (option.arity().min() > 0) {
          cases.add(List.of(name, longest));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("helpAndUsageErrors")
  void run_withOneSubcommandBuilt_printsAndExitsAsWithAll(List<String> args) {
    String[] argv = args.toArray(String[]::new);
    StringWriter lazyOut = new StringWriter();
    StringWriter lazyErr = new StringWriter();
    StringWriter fullOut = new StringWriter();
    StringWriter fullErr = new StringWriter();

    int lazy = Liaison.run(new PrintWriter(lazyOut), new PrintWriter(lazyErr), argv);
    int full =
        Liaison.run(new PrintWriter(fullOut), new PrintWriter(fullErr), Liaison.SUBCOMMANDS, argv);

    if (!args.contains("--version")) { // a subcommand's --version prints nothing, with either
      assertThat(lazyOut.toString() + lazyErr).as("something is printed").isNotEmpty();
    }
    assertThat(lazyOut.toString()).isEqualTo(fullOut.toString());
    assertThat(lazyErr.toString()).isEqualTo(fullErr.toString());
    assertThat(lazy).isEqualTo(full);
  }
}
