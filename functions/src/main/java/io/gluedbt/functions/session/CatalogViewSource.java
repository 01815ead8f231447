package io.gluedbt.functions.session;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.project.Target;

/**
 * The live catalog the Compile step compiles through ({@code is_incremental()}, {@code adapter.get_relation}, ...).
 * The glue module registers one backed by GlueCatalogView (java.util.ServiceLoader,
 * META-INF/services/io.gluedbt.functions.session.CatalogViewSource); {@link #offline()} knows no relations.
 */
public interface CatalogViewSource {
    CatalogView open(Target target);

    static CatalogViewSource offline() {
        return target -> CatalogView.offline();
    }
}
