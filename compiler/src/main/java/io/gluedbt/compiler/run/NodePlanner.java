package io.gluedbt.compiler.run;

import io.gluedbt.compiler.artifacts.CompiledNode;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.model.Node;

/** Turns a compiled node into the statements that build or test it (the materialization strategies). */
@FunctionalInterface
public interface NodePlanner {
    NodeStatements plan(Node node, CompiledNode compiled, CatalogView catalog);
}
