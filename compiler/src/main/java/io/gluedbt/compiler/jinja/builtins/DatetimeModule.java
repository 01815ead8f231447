package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@code modules.datetime}: the constructors {@code datetime(...)}, {@code date(...)}, {@code timedelta(...)},
 * the classes {@code datetime} ({@code now}, {@code utcnow}, {@code today}, {@code strptime},
 * {@code fromisoformat}) and {@code date} ({@code today}, {@code fromisoformat}), and {@code timezone.utc}.
 */
final class DatetimeModule implements PythonObject {
    private final Clock clock;
    private final DatetimeClass datetimeClass;

    DatetimeModule(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.datetimeClass = new DatetimeClass(clock);
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "datetime" -> datetimeClass;
            case "date" -> new DateClass(clock);
            case "timezone" -> new PythonObject() {
                @Override
                public Object attribute(String attribute) {
                    return attribute.equals("utc") ? PythonTimezone.UTC : null;
                }

                @Override
                public Object call(String method, PythonArguments arguments) {
                    return NO_SUCH_METHOD;
                }
            };
            default -> null;
        };
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "datetime" -> {
                Object tz = arguments.get(7, "tzinfo", null);
                yield new PythonDatetime(LocalDateTime.of(
                        PythonValues.toInt(arguments.required(0, "year", name)),
                        PythonValues.toInt(arguments.required(1, "month", name)),
                        PythonValues.toInt(arguments.required(2, "day", name)),
                        arguments.integer(3, "hour", 0),
                        arguments.integer(4, "minute", 0),
                        arguments.integer(5, "second", 0),
                        arguments.integer(6, "microsecond", 0) * 1000),
                        tz instanceof PythonTimezone timezone ? timezone.zone() : null);
            }
            case "date" -> new PythonDate(LocalDate.of(
                    PythonValues.toInt(arguments.required(0, "year", name)),
                    PythonValues.toInt(arguments.required(1, "month", name)),
                    PythonValues.toInt(arguments.required(2, "day", name))));
            case "timedelta" -> PythonTimedelta.of(arguments);
            default -> NO_SUCH_METHOD;
        };
    }

    static LocalDateTime utcNow(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return "<module 'datetime'>";
    }
}
