package io.gluedbt.compiler.catalog;

import static java.util.Objects.requireNonNull;

/** A column of a live relation, as {@code adapter.get_columns_in_relation} returns it. */
public final class Column {
    private final String name;
    private final String dataType;

    public Column(String name, String dataType) {
        this.name = requireNonNull(name, "name is null");
        this.dataType = requireNonNull(dataType, "dataType is null");
    }

    public String getName() {
        return name;
    }

    public String getColumn() {
        return name;
    }

    public String getDtype() {
        return dataType;
    }

    public String getDataType() {
        return dataType;
    }

    public String getQuoted() {
        return "`" + name + "`";
    }

    @Override
    public String toString() {
        return name;
    }
}
