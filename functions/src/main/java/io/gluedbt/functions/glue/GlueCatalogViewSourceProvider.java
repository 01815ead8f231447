package io.gluedbt.functions.glue;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.project.Target;
import io.gluedbt.functions.session.CatalogViewSource;

/** Registered in META-INF/services (ServiceLoader needs a public class with a public no-argument constructor). */
public final class GlueCatalogViewSourceProvider implements CatalogViewSource {
    private final CatalogViewSource source = GlueSessions.catalogViewSource();

    @Override
    public CatalogView open(Target target) {
        return source.open(target);
    }
}
