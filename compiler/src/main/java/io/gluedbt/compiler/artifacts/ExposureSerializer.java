package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.Exposure;
import java.util.List;

/** One entry of {@code exposures}. */
final class ExposureSerializer {
    private static final List<String> CONFIG_KEYS = List.of("enabled", "tags", "meta");

    private ExposureSerializer() {}

    static ObjectNode serialize(Exposure exposure, double createdAt) {
        ObjectNode json = JsonValues.object();
        json.put("name", exposure.name());
        json.put("resource_type", "exposure");
        json.put("package_name", exposure.packageName());
        json.put("path", exposure.path());
        json.put("original_file_path", exposure.originalFilePath());
        json.put("unique_id", exposure.uniqueId());
        json.set("fqn", JsonValues.strings(exposure.fqn()));
        json.put("type", exposure.type());
        json.set("owner", owner(exposure));
        json.put("description", exposure.description());
        json.set("label", JsonValues.text(exposure.label()));
        json.set("maturity", JsonValues.text(exposure.maturity()));
        json.set("meta", JsonValues.toNode(exposure.meta()));
        json.set("tags", JsonValues.strings(exposure.tags()));
        json.set("config", config(exposure));
        json.set("unrendered_config", JsonValues.object());
        json.set("url", JsonValues.text(exposure.url()));
        json.set("depends_on", JsonValues.dependsOn(List.of(), exposure.dependsOnNodes()));
        json.set("refs", JsonValues.refs(exposure.refs()));
        json.set("sources", JsonValues.sources(exposure.sources()));
        json.set("metrics", JsonValues.array());
        json.set("created_at", JsonValues.timestamp(createdAt));
        return json;
    }

    private static ObjectNode owner(Exposure exposure) {
        ObjectNode owner = JsonValues.object();
        owner.set("email", JsonValues.toNode(exposure.owner().get("email")));
        owner.set("name", JsonValues.toNode(exposure.owner().get("name")));
        exposure.owner().forEach((key, value) -> {
            if (!key.equals("email") && !key.equals("name")) {
                owner.set(key, JsonValues.toNode(value));
            }
        });
        return owner;
    }

    private static ObjectNode config(Exposure exposure) {
        ObjectNode config = JsonValues.object();
        config.put("enabled", !Boolean.FALSE.equals(exposure.config().get("enabled")));
        config.set("tags", JsonValues.strings(exposure.tags()));
        config.set("meta", JsonValues.toNode(exposure.meta()));
        exposure.config().forEach((key, value) -> {
            if (!CONFIG_KEYS.contains(key)) {
                config.set(key, JsonValues.toNode(value));
            }
        });
        return config;
    }
}
