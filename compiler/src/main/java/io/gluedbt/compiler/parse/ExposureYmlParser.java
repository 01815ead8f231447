package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.model.Exposure;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.SourceCall;
import io.gluedbt.compiler.yaml.YamlFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code exposures:} entry; its {@code depends_on} strings ({@code ref('x')}, {@code source('a', 'b')}) are parsed here. */
final class ExposureYmlParser {
    private static final Set<String> TYPES = Set.of("dashboard", "notebook", "analysis", "ml", "application");
    private static final Pattern REF = Pattern.compile("\\s*ref\\(\\s*['\"]([^'\"]+)['\"]\\s*(?:,\\s*['\"]([^'\"]+)['\"]\\s*)?\\)\\s*");
    private static final Pattern SOURCE = Pattern.compile("\\s*source\\(\\s*['\"]([^'\"]+)['\"]\\s*,\\s*['\"]([^'\"]+)['\"]\\s*\\)\\s*");

    private ExposureYmlParser() {}

    static Exposure parse(ParseContext context, SourceFile file, YamlFile yaml, Map<String, Object> entry) {
        String name = YamlReading.requiredName(yaml, entry, "exposures");
        String type = YamlReading.string(yaml, entry, "type");
        if (type == null || !TYPES.contains(type)) {
            List<String> types = TYPES.stream().sorted().toList();
            String problem = type == null ? "has no 'type'" : "has unknown type '" + type + "'" + Suggestions.didYouMean(type, types);
            throw new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, yaml.position(entry, type == null ? "name" : "type"),
                    "exposure '" + name + "' " + problem + "; use one of " + String.join(", ", types));
        }
        Map<String, Object> owner = YamlReading.map(yaml, entry, "owner");
        if (owner.isEmpty()) {
            throw new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, yaml.position(entry), "exposure '" + name + "' needs an 'owner' with a name or email");
        }
        List<RefCall> refs = new ArrayList<>();
        List<SourceCall> sources = new ArrayList<>();
        List<Object> dependsOn = YamlReading.list(yaml, entry, "depends_on");
        for (int index = 0; index < dependsOn.size(); index++) {
            String text = String.valueOf(dependsOn.get(index)).replace("{{", "").replace("}}", "");
            Matcher ref = REF.matcher(text);
            Matcher source = SOURCE.matcher(text);
            if (ref.matches()) {
                refs.add(ref.group(2) == null ? RefCall.of(ref.group(1)) : new RefCall(ref.group(1), ref.group(2), null));
            } else if (source.matches()) {
                sources.add(new SourceCall(source.group(1), source.group(2)));
            } else {
                throw new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, yaml.position(dependsOn, index),
                        "exposure depends_on entries are ref('model') or source('source', 'table'), got '" + dependsOn.get(index) + "'");
            }
        }
        List<String> fqn = new ArrayList<>();
        fqn.add(file.project().name());
        fqn.addAll(file.directories());
        fqn.add(name);
        return new Exposure("exposure." + file.project().name() + "." + name, file.project().name(), name, file.originalFilePath(),
                file.originalFilePath(), fqn, type, YamlReading.string(yaml, entry, "label"), YamlReading.string(yaml, entry, "maturity"),
                YamlReading.string(yaml, entry, "url"), context.docs().render(YamlReading.string(yaml, entry, "description"), yaml.position(entry, "description")),
                owner, refs, sources, List.of(), YamlReading.map(yaml, entry, "meta"), SourceYmlParser.strings(entry.get("tags")),
                YamlReading.map(yaml, entry, "config"));
    }
}
