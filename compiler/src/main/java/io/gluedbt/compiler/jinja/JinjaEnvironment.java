package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.jinja.builtins.UserRaisedCompilerError;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dbt's Jinja on Jinjava: loads every macro once (built-ins, root project, packages), then renders node
 * templates against a shared context plus a per-render {@link NodeScope}. Templates whose only Jinja is literal
 * ref/source/config calls skip Jinja ({@link StaticTemplate}) unless the project overrides those functions.
 * Thread-safe for concurrent renders.
 */
public final class JinjaEnvironment {
    private static final Pattern READS_KWARGS = Pattern.compile("\\bkwargs\\b");
    private static final Pattern UNRESOLVED_FUNCTION = Pattern.compile("Could not resolve function '([^']+)'");

    private final Jinjava jinjava;
    private final JinjavaConfig config;
    private final Context shared;
    private final MacroIndex macros;
    private final String rootProject;
    private final boolean staticTemplatesAllowed;

    private JinjaEnvironment(Jinjava jinjava, JinjavaConfig config, Context shared, MacroIndex macros, String rootProject) {
        this.jinjava = jinjava;
        this.config = config;
        this.shared = shared;
        this.macros = macros;
        this.rootProject = rootProject;
        this.staticTemplatesAllowed = !macros.packageNamespace(rootProject).keySet().stream()
                .anyMatch(name -> name.equals("ref") || name.equals("source") || name.equals("config"));
    }

    public static JinjaEnvironment create(List<MacroFile> macroFiles, EnvironmentSettings settings) {
        JinjavaConfig config = JinjaConfiguration.create();
        Jinjava jinjava = new Jinjava(config);
        jinjava.getGlobalContext().registerFunction(new ELFunctionDefinition("", "return", ReturnSlots.class, "returnValue", Object.class));
        JinjaConfiguration.installBuiltins(jinjava);
        MacroIndex macros = new MacroIndex(settings.rootProjectName(), settings.adapterPrefixes(), settings.dispatchSearchOrder());
        MacroLoader.load(jinjava, config, macroFiles, macros);

        Context shared = new Context(jinjava.getGlobalContext());
        ContextFunctions.create(settings).forEach(shared::addGlobalMacro);
        StatementFunctions.create().forEach(shared::addGlobalMacro);
        macros.globalMacros().values().forEach(shared::addGlobalMacro);
        macros.packages().forEach(shared::put);
        shared.put("target", settings.target());
        shared.put("adapter", new AdapterObject(macros, settings.adapterPrefixes().get(0)));
        shared.put("config", new ConfigObject());
        shared.put("graph", Map.of("nodes", Map.of(), "sources", Map.of(), "exposures", Map.of(), "metrics", Map.of(), "groups", Map.of()));
        shared.putAll(JinjaConfiguration.contextObjects(settings.logSink()));
        shared.putAll(settings.globals());
        return new JinjaEnvironment(jinjava, config, shared, macros, settings.rootProjectName());
    }

    /** Renders a template of the file at {@code displayPath}; {@code lineOffset} is added to template lines. */
    public String render(String template, String displayPath, int lineOffset, NodeScope scope) {
        if (staticTemplatesAllowed) {
            Optional<StaticTemplate> fast = StaticTemplate.parse(template);
            if (fast.isPresent()) {
                try {
                    return fast.get().render(scope);
                } catch (GluedbtException exception) {
                    throw exception.at(SourcePosition.fileOnly(displayPath));
                }
            }
        }
        Context context = new Context(shared);
        if (!scope.packageName().equals(rootProject)) {
            macros.packageNamespace(scope.packageName()).values().forEach(macro -> context.addGlobalMacro((MacroFunction) macro));
        }
        context.put("this", scope.thisRelation());
        context.put("model", scope.model());
        context.put("execute", scope.execute());
        JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, context, config);
        RenderState state = RenderState.enter(displayPath, scope, lineOffset);
        JinjavaInterpreter.pushCurrent(interpreter);
        try {
            String output = interpreter.render(TemplateRewriter.rewrite(template));
            if (state.failure() != null) {
                throw state.failure();
            }
            Optional<TemplateError> error = TemplateFailures.first(interpreter.getErrors());
            if (error.isPresent()) {
                throw translate(error.get(), state, template);
            }
            return output;
        } finally {
            JinjavaInterpreter.popCurrent();
            RenderState.exit();
        }
    }

    /**
     * Publishes dbt's {@code graph} variable (nodes, sources, exposures as dicts) once parsing is complete;
     * while parsing it is empty, as in dbt. Called before compiling, never during renders.
     */
    public void publishGraph(Map<String, Object> graph) {
        shared.put("graph", graph);
    }

    /** Calls a macro by dispatch-free global lookup (root project overrides built-ins), e.g. generate_schema_name. */
    public Object callMacro(String name, String displayPath, NodeScope scope, Object... arguments) {
        MacroFunction macro = (MacroFunction) shared.getGlobalMacro(name);
        if (macro == null) {
            throw new GluedbtException(ErrorCode.MACRO_NOT_FOUND, SourcePosition.fileOnly(displayPath), "macro '" + name + "' is undefined");
        }
        JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, new Context(shared), config);
        RenderState state = RenderState.enter(displayPath, scope, 0);
        JinjavaInterpreter.pushCurrent(interpreter);
        try {
            Object result = macro.evaluate(arguments);
            if (state.failure() != null) {
                throw state.failure();
            }
            Optional<TemplateError> error = TemplateFailures.first(interpreter.getErrors());
            if (error.isPresent()) {
                throw translate(error.get(), state, "");
            }
            return result;
        } finally {
            JinjavaInterpreter.popCurrent();
            RenderState.exit();
        }
    }

    /** Whether the root project overrides a macro of the internal package (e.g. generate_schema_name). */
    public boolean isOverridden(String name) {
        return macros.packageNamespace(rootProject).containsKey(name);
    }

    /** Whether package {@code packageName} (any package when null) defines a macro named {@code macroName}. */
    public boolean definesMacro(String packageName, String macroName) {
        if (packageName != null) {
            return macros.packageNamespace(packageName).containsKey(macroName);
        }
        return macros.packages().values().stream().anyMatch(namespace -> namespace.containsKey(macroName));
    }

    /** The declared argument names of the macro (empty when not found); {@code packageName} null searches every package. */
    public List<String> macroArguments(String packageName, String macroName) {
        MacroFunction macro = findMacro(packageName, macroName);
        return macro == null ? List.of() : List.copyOf(macro.getArguments());
    }

    /**
     * Of {@code keywords}, those the macro would reject as Jinja2 does ("takes no keyword argument"): not declared,
     * and the macro does not read {@code kwargs}. Empty when the macro is not found.
     */
    public List<String> unacceptedKeywords(String packageName, String macroName, Collection<String> keywords) {
        MacroFunction macro = findMacro(packageName, macroName);
        if (macro == null) {
            return List.of();
        }
        List<String> unaccepted = keywords.stream().filter(keyword -> !macro.getArguments().contains(keyword)).toList();
        return unaccepted.isEmpty() || READS_KWARGS.matcher(macro.reconstructImage()).find() ? List.of() : unaccepted;
    }

    private MacroFunction findMacro(String packageName, String macroName) {
        List<String> searched = packageName != null ? List.of(packageName) : List.of(rootProject, MacroIndex.INTERNAL);
        for (String name : searched) {
            Object macro = macros.packageNamespace(name).get(macroName);
            if (macro != null) {
                return (MacroFunction) macro;
            }
        }
        if (packageName != null) {
            return null;
        }
        return macros.packages().values().stream().map(namespace -> (MacroFunction) namespace.get(macroName))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public Set<String> macroNames() {
        return macros.allNames();
    }

    public Optional<String> packageOfGlobalMacro(String name) {
        if (macros.packageNamespace(rootProject).containsKey(name)) {
            return Optional.of(rootProject);
        }
        return macros.packageNamespace(MacroIndex.INTERNAL).containsKey(name) ? Optional.of(MacroIndex.INTERNAL) : Optional.empty();
    }

    /**
     * The user's view of a template error: placed in the file and line it comes from (the macro's file when raised
     * inside a macro, with the calls that led there); {@code exceptions.raise_compiler_error} keeps its message.
     */
    private GluedbtException translate(TemplateError error, RenderState state, String template) {
        List<MacroFrame> calls = state.macroCalls().framesOf(error);
        int line = calls.isEmpty() ? TemplateFailures.line(error, template) : error.getLineno();
        MacroCallStack.Location location = state.locate(calls, line);
        Optional<UserRaisedCompilerError> raised = UserRaisedCompilerError.findIn(error.getException());
        if (raised.isPresent()) {
            return new GluedbtException(raised.get().code(), location.position(), raised.get().rawMessage() + location.callChain(), raised.get());
        }
        String message = calls.isEmpty() ? TemplateFailures.message(error, template) : String.valueOf(error.getMessage());
        Matcher unresolved = UNRESOLVED_FUNCTION.matcher(message);
        if (unresolved.find()) {
            String name = unresolved.group(1);
            return new GluedbtException(ErrorCode.MACRO_NOT_FOUND, location.position(), "'" + name + "' is undefined: no macro or function of that name"
                    + Suggestions.didYouMean(name, macros.allNames()) + location.callChain());
        }
        ErrorCode code = error.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR ? ErrorCode.JINJA_SYNTAX : ErrorCode.JINJA_RENDER;
        return new GluedbtException(code, location.position(), message + location.callChain());
    }
}
