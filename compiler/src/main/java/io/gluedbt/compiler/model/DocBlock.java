package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

/** A {@code {% docs name %}...{% enddocs %}} block ({@code doc.<package>.<name>}). */
public record DocBlock(String uniqueId, String packageName, String name, String path, String originalFilePath, String blockContents) {
    public DocBlock {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(name, "name is null");
        requireNonNull(blockContents, "blockContents is null");
    }
}
