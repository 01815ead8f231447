package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;

/** dbt's {@code exceptions} context object: {@code raise_compiler_error}, {@code raise_not_implemented}, {@code warn}. */
final class ExceptionsNamespace implements PythonObject {
    private final JinjaLogSink sink;

    ExceptionsNamespace(JinjaLogSink sink) {
        this.sink = requireNonNull(sink, "sink is null");
    }


    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "raise_compiler_error" -> throw new UserRaisedCompilerError(ErrorCode.COMPILER_ERROR,
                    PythonRepr.str(arguments.required(0, "msg", name)));
            case "raise_not_implemented" -> throw new UserRaisedCompilerError(ErrorCode.COMPILER_ERROR,
                    PythonRepr.str(arguments.required(0, "msg", name)));
            case "warn" -> {
                sink.log(JinjaLogLevel.WARN, PythonRepr.str(arguments.required(0, "msg", name)));
                yield "";
            }
            default -> NO_SUCH_METHOD;
        };
    }

    @Override
    public String toString() {
        return "<exceptions>";
    }
}
