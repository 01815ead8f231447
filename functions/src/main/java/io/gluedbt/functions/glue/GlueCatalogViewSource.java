package io.gluedbt.functions.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.project.Target;
import io.gluedbt.functions.session.CatalogViewSource;
import io.gluedbt.glue.GlueSettings;

/** Compile's live catalog: the Glue Data Catalog through the Glue API (GetTable), no session and no statement. */
final class GlueCatalogViewSource implements CatalogViewSource {
    private final GlueConnections connections;

    GlueCatalogViewSource(GlueConnections connections) {
        this.connections = requireNonNull(connections, "connections is null");
    }

    @Override
    public CatalogView open(Target target) {
        if (!"glue".equals(target.type())) {
            return CatalogView.offline();
        }
        return connections.statements(GlueSettings.fromTarget(target)).catalog();
    }
}
