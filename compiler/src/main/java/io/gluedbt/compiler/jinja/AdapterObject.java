package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.lib.fn.MacroFunction;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.List;

/**
 * The {@code adapter} object of dbt's context: dispatch, and catalog questions answered through the
 * render's {@link io.gluedbt.compiler.catalog.CatalogView}. Arity overloads stand in for Python's
 * optional and keyword arguments.
 */
public final class AdapterObject {
    private final MacroIndex macros;
    private final String type;

    AdapterObject(MacroIndex macros, String type) {
        this.macros = macros;
        this.type = type;
    }

    public MacroFunction dispatch(Object name) {
        return dispatchWith(new ArgumentList(name));
    }

    public MacroFunction dispatch(Object name, Object namespace) {
        return dispatchWith(new ArgumentList(name, namespace));
    }

    private MacroFunction dispatchWith(ArgumentList arguments) {
        try {
            return macros.dispatch(arguments.string(0, "macro_name"), arguments.string(1, "macro_namespace"));
        } catch (GluedbtException exception) {
            throw RenderState.current().fail(exception);
        }
    }

    public Relation get_relation(Object database, Object schema, Object identifier) {
        ArgumentList arguments = new ArgumentList(database, schema, identifier);
        NodeScope scope = RenderState.current().scope();
        if (!scope.execute()) {
            return null;
        }
        return scope.catalog().getRelation(arguments.string(0, "database"), arguments.string(1, "schema"), arguments.string(2, "identifier")).orElse(null);
    }

    public List<?> get_columns_in_relation(Object relation) {
        Object value = new ArgumentList(relation).get(0, "relation", null);
        NodeScope scope = RenderState.current().scope();
        if (!scope.execute() || value == null) {
            return List.of();
        }
        if (!(value instanceof Relation resolved)) {
            throw RenderState.current().fail(new GluedbtException(ErrorCode.COMPILER_ERROR, "get_columns_in_relation() needs a relation, got " + value));
        }
        return scope.catalog().getColumns(resolved);
    }

    public String quote(Object identifier) {
        return "`" + identifier + "`";
    }

    public String type() {
        return type;
    }

    public String getType() {
        return type;
    }

    @Override
    public String toString() {
        return type + " adapter";
    }
}
