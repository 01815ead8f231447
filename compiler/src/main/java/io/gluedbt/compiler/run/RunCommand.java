package io.gluedbt.compiler.run;

import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.util.EnumSet;
import java.util.Set;

/** Which selected resources a dbt command executes. */
public enum RunCommand {
    RUN(EnumSet.of(ResourceType.MODEL)),
    SEED(EnumSet.of(ResourceType.SEED)),
    SNAPSHOT(EnumSet.of(ResourceType.SNAPSHOT)),
    TEST(EnumSet.of(ResourceType.TEST)),
    BUILD(EnumSet.of(ResourceType.MODEL, ResourceType.SEED, ResourceType.SNAPSHOT, ResourceType.TEST));

    private final Set<ResourceType> types;

    RunCommand(Set<ResourceType> types) {
        this.types = types;
    }

    /** Ephemeral models are compiled into their children, never executed. */
    public boolean executes(Node node) {
        return types.contains(node.resourceType()) && !node.isEphemeral();
    }
}
