package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;

/** The class {@code datetime.date}: {@code today()} and {@code fromisoformat(text)}. */
final class DateClass implements PythonObject {
    private final Clock clock;

    DateClass(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }


    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "today" -> new PythonDate(LocalDate.ofInstant(clock.instant(), clock.getZone()));
            case "fromisoformat" -> {
                try {
                    yield new PythonDate(LocalDate.parse(PythonRepr.str(arguments.required(0, "date_string", name))));
                } catch (java.time.format.DateTimeParseException e) {
                    throw PythonValues.valueError("Invalid isoformat string: " + PythonRepr.repr(arguments.get(0, "date_string", "")));
                }
            }
            default -> NO_SUCH_METHOD;
        };
    }

    @Override
    public String toString() {
        return "<class 'datetime.date'>";
    }
}
