package io.gluedbt.compiler.catalog;

import static java.util.Objects.requireNonNull;

import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import java.io.IOException;
import java.util.Objects;

/**
 * A relation as templates see it ({@code this}, {@code ref()}, {@code source()}, {@code adapter.get_relation}).
 * Renders like dbt-glue's relation: {@code schema.identifier} (on Glue the database is the schema).
 * Getters exist so Jinja can read {@code relation.schema}, {@code relation.identifier}, {@code relation.type}.
 */
public final class Relation implements PyishSerializable {
    private final String database;
    private final String schema;
    private final String identifier;
    private final RelationType type;
    private final String catalog;

    public Relation(String database, String schema, String identifier, RelationType type) {
        this(database, schema, identifier, type, null);
    }

    private Relation(String database, String schema, String identifier, RelationType type, String catalog) {
        this.catalog = catalog;
        this.database = database;
        this.schema = requireNonNull(schema, "schema is null");
        this.identifier = requireNonNull(identifier, "identifier is null");
        this.type = type;
    }

    public static Relation table(String schema, String identifier) {
        return new Relation(schema, schema, identifier, RelationType.TABLE);
    }

    public String getDatabase() {
        return database;
    }

    public String getSchema() {
        return schema;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getName() {
        return identifier;
    }

    public String getTable() {
        return identifier;
    }

    public String getType() {
        return type == null ? null : type.dbtName();
    }

    public RelationType relationType() {
        return type;
    }

    public boolean getIsTable() {
        return type == RelationType.TABLE;
    }

    public boolean getIsView() {
        return type == RelationType.VIEW;
    }

    public boolean getIsCte() {
        return type == RelationType.CTE;
    }

    /** {@code relation.render()}. */
    public String render() {
        if (type == RelationType.CTE) {
            return identifier;
        }
        return (catalog == null ? "" : catalog + ".") + schema + "." + identifier;
    }

    /** {@code relation.include(...)}: Glue renders schema.identifier whatever is included. */
    public Relation include(Object... ignored) {
        return this;
    }

    public Relation incorporate(Object... ignored) {
        return this;
    }

    public Relation withType(RelationType newType) {
        return new Relation(database, schema, identifier, newType, catalog);
    }

    /**
     * The same relation addressed through a Spark catalog, e.g. {@code glue_catalog.schema.table} for an
     * existing Iceberg table, as dbt-glue renders Iceberg relations.
     */
    public Relation inCatalog(String catalogName) {
        return new Relation(database, schema, identifier, type, catalogName);
    }

    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws IOException {
        appendable.append(render());
        return appendable;
    }

    @Override
    public String toString() {
        return render();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Relation that
                && Objects.equals(schema, that.schema)
                && Objects.equals(identifier, that.identifier)
                && Objects.equals(database, that.database);
    }

    @Override
    public int hashCode() {
        return Objects.hash(database, schema, identifier);
    }
}
