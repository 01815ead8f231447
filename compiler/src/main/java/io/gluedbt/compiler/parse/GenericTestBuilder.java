package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceCall;
import io.gluedbt.compiler.model.TestMetadata;
import io.gluedbt.compiler.project.ConfigMerger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns YAML test specs into test nodes the way dbt does: {@code raw_code} calls the test macro with
 * {@code _dbt_generic_test_kwargs}; the {@code model} argument is {@code get_where_subquery(ref(...))}.
 */
final class GenericTestBuilder {
    private static final Pattern REF_ARGUMENT = Pattern.compile("\\s*ref\\(\\s*['\"]([^'\"]+)['\"]\\s*(?:,\\s*['\"]([^'\"]+)['\"]\\s*)?\\)\\s*");
    private static final Pattern SOURCE_ARGUMENT = Pattern.compile("\\s*source\\(\\s*['\"]([^'\"]+)['\"]\\s*,\\s*['\"]([^'\"]+)['\"]\\s*\\)\\s*");

    private final ParseContext context;
    private final NodeNaming naming;
    private final Map<String, Object> defaults;

    GenericTestBuilder(ParseContext context, Map<String, Object> defaults) {
        this.context = context;
        this.naming = new NodeNaming(context.jinja(), context.target());
        this.defaults = defaults;
    }

    Node build(TestSpec spec) {
        requireTestMacro(spec);
        String packageName = spec.file().project().name();
        boolean onSource = spec.targetKind().equals("sources");
        String modelExpression = onSource
                ? "source('" + spec.targetName() + "', '" + spec.tableName() + "')"
                : "ref('" + spec.targetName() + "')";
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (spec.columnName() != null) {
            kwargs.put("column_name", spec.columnName());
        }
        spec.arguments().forEach((key, value) -> {
            if (!key.equals("column_name")) {
                kwargs.put(key, value);
            }
        });
        kwargs.put("model", "{{ get_where_subquery(" + modelExpression + ") }}");
        requireKnownArguments(spec, kwargs.keySet());
        String testType = (onSource ? "source_" : "") + (spec.namespace() == null ? "" : spec.namespace() + "_") + spec.testName();
        String targetLabel = onSource ? spec.targetName() + "_" + spec.tableName() : spec.targetName();
        GenericTestNaming.Names names = GenericTestNaming.names(testType, targetLabel, kwargs);
        String name = spec.customName() != null ? spec.customName() : names.name();
        String fileName = spec.customName() != null ? spec.customName() : names.fileName();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", spec.testName());
        metadata.put("kwargs", kwargs);
        metadata.put("namespace", spec.namespace());
        String uniqueId = "test." + packageName + "." + name + "." + GenericTestNaming.hash(name, metadata);

        List<String> fqn = new ArrayList<>();
        fqn.add(packageName);
        fqn.addAll(spec.file().directories());
        fqn.add(name);
        Map<String, Object> userConfig = new LinkedHashMap<>(spec.config());
        if (!fileName.equals(name) && !userConfig.containsKey("alias")) {
            userConfig.put("alias", fileName);
        }
        Map<String, Object> config = ConfigMerger.merge(ConfigMerger.merge(defaults, context.treeConfig(spec.file().project(), "tests", fqn)), userConfig);

        List<RefCall> refs = new ArrayList<>();
        List<SourceCall> sources = new ArrayList<>();
        if (onSource) {
            sources.add(new SourceCall(spec.targetName(), spec.tableName()));
        } else {
            refs.add(RefCall.of(spec.targetName()));
        }
        for (Object value : spec.arguments().values()) {
            collectCalls(value, refs, sources);
        }
        ParseScope scope = new ParseScope(packageName, config, Relation.table(context.target().schema(), fileName), Map.of("name", name));
        NodeNaming.Names relation = naming.resolve(fileName, config, spec.file().displayPath(), scope);
        String macroCall = (spec.namespace() == null ? "" : spec.namespace() + ".") + "test_" + spec.testName();
        return Node.builder(uniqueId, ResourceType.TEST)
                .packageName(packageName)
                .name(name)
                .path(fileName + ".sql")
                .originalFilePath(spec.file().originalFilePath())
                .fqn(fqn)
                .rawCode("{{ " + macroCall + "(**_dbt_generic_test_kwargs) }}" + configCall(userConfig))
                .checksum("")
                .config(config)
                .database(relation.database())
                .schema(relation.schema())
                .alias(relation.alias())
                .relationName(null)
                .refs(refs)
                .sources(sources)
                .dependsOnMacros(testMacros(spec))
                .testMetadata(new TestMetadata(spec.testName(), spec.namespace(), kwargs))
                .columnName(spec.columnName())
                .fileKeyName(spec.fileKeyName())
                .build();
    }

    /** A test whose macro no package defines fails here, at its YAML line, not later inside generated code. */
    private void requireTestMacro(TestSpec spec) {
        String macroName = "test_" + spec.testName();
        if (context.jinja().definesMacro(spec.namespace(), macroName)) {
            return;
        }
        List<String> known = context.jinja().macroNames().stream().filter(name -> name.startsWith("test_"))
                .filter(name -> spec.namespace() == null || context.jinja().definesMacro(spec.namespace(), name))
                .map(name -> name.substring("test_".length())).toList();
        String display = (spec.namespace() == null ? "" : spec.namespace() + ".") + spec.testName();
        throw new GluedbtException(ErrorCode.MACRO_NOT_FOUND, spec.position(), "generic test '" + display + "' not found: no {% test "
                + spec.testName() + "(model, ...) %} in " + (spec.namespace() == null ? "the project or its packages" : "package '" + spec.namespace() + "' (is it installed under dbt_packages/?)")
                + Suggestions.didYouMean(spec.testName(), known));
    }

    /** An argument the test macro does not declare fails as in dbt ("takes no keyword argument"), at the test's YAML line. */
    private void requireKnownArguments(TestSpec spec, java.util.Collection<String> keywords) {
        String macroName = "test_" + spec.testName();
        List<String> checked = keywords.stream().filter(keyword -> !keyword.equals("description")).toList(); // a test property since dbt 1.9
        List<String> unaccepted = context.jinja().unacceptedKeywords(spec.namespace(), macroName, checked);
        if (unaccepted.isEmpty()) {
            return;
        }
        List<String> declared = context.jinja().macroArguments(spec.namespace(), macroName).stream()
                .filter(argument -> !argument.equals("model") && !argument.equals("column_name")).toList();
        String unknown = unaccepted.get(0);
        throw new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, spec.position(), "test '" + spec.testName() + "' has no argument '" + unknown + "'"
                + Suggestions.didYouMean(unknown, declared) + "; its arguments are: " + (declared.isEmpty() ? "(none)" : String.join(", ", declared)));
    }

    /** dbt appends the test's own config to raw_code: {@code {{ config(severity="warn",alias="...") }}}. */
    private static String configCall(Map<String, Object> config) {
        if (config.isEmpty()) {
            return "";
        }
        StringBuilder call = new StringBuilder("{{ config(");
        boolean first = true;
        for (Map.Entry<String, Object> entry : config.entrySet()) {
            call.append(first ? "" : ",").append(entry.getKey()).append('=');
            Object value = entry.getValue();
            if (value instanceof String text) {
                call.append('"').append(text.replace("\"", "\\\"")).append('"');
            } else {
                call.append(GenericTestNaming.pythonString(value));
            }
            first = false;
        }
        return call.append(") }}").toString();
    }

    private static List<String> testMacros(TestSpec spec) {
        String owner = spec.namespace() == null ? "dbt" : spec.namespace();
        List<String> macros = new ArrayList<>();
        macros.add("macro." + owner + ".test_" + spec.testName());
        macros.add("macro.dbt.get_where_subquery");
        return macros.stream().sorted().toList();
    }

    private static void collectCalls(Object value, List<RefCall> refs, List<SourceCall> sources) {
        if (value instanceof String text) {
            String expression = text.replace("{{", "").replace("}}", "");
            Matcher ref = REF_ARGUMENT.matcher(expression);
            Matcher source = SOURCE_ARGUMENT.matcher(expression);
            if (ref.matches()) {
                RefCall call = ref.group(2) == null ? RefCall.of(ref.group(1)) : new RefCall(ref.group(1), ref.group(2), null);
                if (!refs.contains(call)) {
                    refs.add(call);
                }
            } else if (source.matches()) {
                sources.add(new SourceCall(source.group(1), source.group(2)));
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collectCalls(item, refs, sources));
        }
    }

    /** Whether a test argument is a Jinja expression (a ref or source call) rather than a literal. */
    static boolean isRelationExpression(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        String expression = text.replace("{{", "").replace("}}", "");
        return REF_ARGUMENT.matcher(expression).matches() || SOURCE_ARGUMENT.matcher(expression).matches();
    }
}
