package io.gluedbt.compiler.parse;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.jinja.JinjaEnvironment;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.project.LoadedProject;

/** A parsed project: the manifest, and the Jinja environment the compile phase renders with. */
public record ParseResult(LoadedProject project, Manifest manifest, JinjaEnvironment jinja) {
    public ParseResult {
        requireNonNull(project, "project is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(jinja, "jinja is null");
    }
}
