package io.gluedbt.compiler.api;

import java.util.List;

/** dbt's {@code --select}/{@code -m}, {@code --exclude} and {@code --selector}; empty selects everything. */
public record SelectionRequest(List<String> select, List<String> exclude, String selector) {
    public SelectionRequest {
        select = select == null ? List.of() : List.copyOf(select);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    public static SelectionRequest all() {
        return new SelectionRequest(List.of(), List.of(), null);
    }
}
