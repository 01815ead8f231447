package io.gluedbt.cli;

import io.gluedbt.compiler.api.SelectionRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** dbt's selection flags: -s/--select (alias -m/--models), --exclude, --selector. */
final class SelectionOptions {
    @Option(names = {"-s", "--select", "-m", "--models"}, arity = "1..*", description = "Nodes to include (dbt selection syntax).")
    List<String> select = new ArrayList<>();

    @Option(names = "--exclude", arity = "1..*", description = "Nodes to exclude.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--selector", description = "A selector from selectors.yml.")
    String selector;

    SelectionRequest toRequest() {
        return new SelectionRequest(List.of(String.join(" ", select)).stream().filter(s -> !s.isBlank()).toList(),
                List.of(String.join(" ", exclude)).stream().filter(s -> !s.isBlank()).toList(), selector);
    }
}
