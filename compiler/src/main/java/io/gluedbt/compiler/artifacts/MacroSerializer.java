package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.Macro;

/**
 * One entry of {@code macros}. As in dbt, {@code arguments} lists only arguments documented in a macro
 * properties file (which gluedbt does not parse yet), not the signature's, so it is empty.
 */
final class MacroSerializer {
    private MacroSerializer() {}

    static ObjectNode serialize(Macro macro, double createdAt) {
        ObjectNode json = JsonValues.object();
        json.put("name", macro.name());
        json.put("resource_type", "macro");
        json.put("package_name", macro.packageName());
        json.put("path", macro.path());
        json.put("original_file_path", macro.originalFilePath());
        json.put("unique_id", macro.uniqueId());
        json.put("macro_sql", macro.macroSql());
        json.putObject("depends_on").set("macros", JsonValues.strings(macro.dependsOnMacros()));
        json.put("description", "");
        json.set("meta", JsonValues.object());
        json.set("docs", JsonValues.toNode(ConfigDefaults.docs()));
        json.putNull("patch_path");
        json.set("arguments", JsonValues.array());
        json.set("created_at", JsonValues.timestamp(createdAt));
        json.putNull("supported_languages");
        return json;
    }
}
