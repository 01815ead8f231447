package io.gluedbt.compiler.jinja.builtins;

import java.time.DateTimeException;
import java.time.ZoneId;

/** {@code modules.pytz}: {@code utc} and {@code timezone(name)}. */
final class PytzModule implements PythonObject {
    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "utc", "UTC" -> PythonTimezone.UTC;
            default -> null;
        };
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        if (!name.equals("timezone")) {
            return NO_SUCH_METHOD;
        }
        String zone = PythonRepr.str(arguments.required(0, "zone", name));
        if (zone.equals("UTC") || zone.equals("utc")) {
            return PythonTimezone.UTC;
        }
        try {
            return new PythonTimezone(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new io.gluedbt.compiler.error.GluedbtException(io.gluedbt.compiler.error.ErrorCode.JINJA_RENDER,
                    "pytz.exceptions.UnknownTimeZoneError: " + PythonRepr.repr(zone));
        }
    }

    @Override
    public String toString() {
        return "<module 'pytz'>";
    }
}
