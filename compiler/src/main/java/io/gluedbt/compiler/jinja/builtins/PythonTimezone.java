package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/** A pytz / datetime timezone: {@code localize(dt)} attaches it to a naive datetime; prints as its name. */
final class PythonTimezone implements PythonObject {
    static final PythonTimezone UTC = new PythonTimezone(ZoneOffset.UTC);

    private final ZoneId zone;

    PythonTimezone(ZoneId zone) {
        this.zone = requireNonNull(zone, "zone is null");
    }

    ZoneId zone() {
        return zone;
    }

    static String nameOf(ZoneId zone, LocalDateTime at) {
        if (zone.equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return zone.getDisplayName(TextStyle.SHORT, Locale.US);
    }

    @Override
    public Object attribute(String name) {
        return name.equals("zone") ? toString() : null;
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        if (name.equals("localize")) {
            Object value = arguments.required(0, "dt", name);
            if (value instanceof PythonDatetime datetime) {
                return datetime.withZone(zone);
            }
            throw PythonValues.typeError("localize() expects a datetime");
        }
        return NO_SUCH_METHOD;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PythonTimezone timezone && timezone.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
