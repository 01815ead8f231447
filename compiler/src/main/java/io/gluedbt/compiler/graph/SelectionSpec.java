package io.gluedbt.compiler.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed node selection: one criterion ({@code +tag:nightly+}) or a union, intersection or difference
 * of selections. Build it from the command line with {@link #parse} or from selectors.yml with
 * {@link #fromSelector}.
 */
public sealed interface SelectionSpec permits SelectionCriteria, SelectionUnion, SelectionIntersection, SelectionDifference {

    /** dbt's selection when no {@code --select} is given. */
    List<String> DEFAULT_INCLUDES = List.of("fqn:*", "source:*", "exposure:*", "metric:*", "semantic_model:*");

    /** The indirect selection this part asks for; empty means the selector's default (the CLI flag). */
    Optional<IndirectSelection> indirectSelection();

    /**
     * {@code --select} and {@code --exclude} as dbt reads them: each argument is split on spaces (union),
     * each word on commas (intersection); an empty {@code select} means everything.
     */
    static SelectionSpec parse(List<String> select, List<String> exclude) {
        SelectionUnion included = select == null || select.isEmpty()
                ? union(DEFAULT_INCLUDES, false)
                : union(select, true);
        SelectionUnion excluded = union(exclude == null ? List.of() : exclude, true);
        return new SelectionDifference(included, excluded, Optional.of(IndirectSelection.eager()));
    }

    /** The definition of selector {@code name} in a parsed selectors.yml ({@code {selectors: [...]}}). */
    static SelectionSpec fromSelector(String name, Map<String, Object> selectorsYaml) {
        return Selectors.parse(selectorsYaml).spec(name);
    }

    private static SelectionUnion union(List<String> arguments, boolean expectExists) {
        List<SelectionSpec> parts = new ArrayList<>();
        for (String argument : arguments) {
            for (String word : argument.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                List<SelectionSpec> criteria = new ArrayList<>();
                for (String part : word.split(",", -1)) {
                    criteria.add(SelectionCriteria.parse(part));
                }
                parts.add(new SelectionIntersection(criteria, Optional.empty(),
                        expectExists ? Optional.of(word) : Optional.empty()));
            }
        }
        return new SelectionUnion(parts, Optional.empty());
    }
}
