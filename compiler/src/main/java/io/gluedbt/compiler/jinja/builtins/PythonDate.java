package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** Python's {@code datetime.date}. */
final class PythonDate implements PythonObject, Comparable<PythonDate> {
    private final LocalDate value;

    PythonDate(LocalDate value) {
        this.value = requireNonNull(value, "value is null");
    }

    LocalDate value() {
        return value;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "year" -> (long) value.getYear();
            case "month" -> (long) value.getMonthValue();
            case "day" -> (long) value.getDayOfMonth();
            default -> null;
        };
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "strftime" -> Strftime.format(value.atStartOfDay(), null, PythonRepr.str(arguments.required(0, "format", name)));
            case "isoformat" -> toString();
            case "weekday" -> (long) value.getDayOfWeek().getValue() - 1;
            case "isoweekday" -> (long) value.getDayOfWeek().getValue();
            case "replace" -> new PythonDate(LocalDate.of(
                    arguments.integer(0, "year", value.getYear()),
                    arguments.integer(1, "month", value.getMonthValue()),
                    arguments.integer(2, "day", value.getDayOfMonth())));
            case "__add__" -> plus(arguments.required(0, "other", name), 1);
            case "__sub__" -> {
                Object other = arguments.required(0, "other", name);
                if (other instanceof PythonDate date) {
                    yield new PythonTimedelta((value.toEpochDay() - date.value.toEpochDay()) * PythonTimedelta.MICROS_PER_DAY);
                }
                yield plus(other, -1);
            }
            default -> NO_SUCH_METHOD;
        };
    }

    private PythonDate plus(Object other, int sign) {
        if (!(other instanceof PythonTimedelta delta)) {
            throw PythonValues.typeError("unsupported operand type(s) for date and " + PythonValues.typeName(other));
        }
        return new PythonDate(value.plusDays(sign * delta.days()));
    }

    @Override
    public int compareTo(PythonDate other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PythonDate date && date.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
