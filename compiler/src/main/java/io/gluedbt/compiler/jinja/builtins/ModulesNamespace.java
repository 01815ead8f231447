package io.gluedbt.compiler.jinja.builtins;

/** dbt's {@code modules} context object: {@code modules.datetime}, {@code modules.re}, {@code modules.itertools}, {@code modules.pytz}. */
final class ModulesNamespace implements PythonObject {
    private final DatetimeModule datetime;
    private final ReModule re = new ReModule();
    private final ItertoolsModule itertools = new ItertoolsModule();
    private final PytzModule pytz = new PytzModule();

    ModulesNamespace(java.time.Clock clock) {
        this.datetime = new DatetimeModule(clock);
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "datetime" -> datetime;
            case "re" -> re;
            case "itertools" -> itertools;
            case "pytz" -> pytz;
            default -> null;
        };
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        return NO_SUCH_METHOD;
    }

    @Override
    public String toString() {
        return "<modules>";
    }
}
