package io.gluedbt.compiler.jinja.builtins;

import java.math.BigDecimal;

/** Python's {@code datetime.timedelta}, held as whole microseconds. */
final class PythonTimedelta implements PythonObject, Comparable<PythonTimedelta> {
    static final long MICROS_PER_SECOND = 1_000_000L;
    static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

    private final long micros;

    PythonTimedelta(long micros) {
        this.micros = micros;
    }

    /** {@code timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks)}. */
    static PythonTimedelta of(PythonArguments arguments) {
        String[] names = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
        double[] scale = {MICROS_PER_DAY, MICROS_PER_SECOND, 1, 1_000, 60 * MICROS_PER_SECOND, 3_600 * MICROS_PER_SECOND,
            7 * MICROS_PER_DAY};
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < names.length; i++) {
            Object value = arguments.get(i, names[i], null);
            if (value instanceof Number number) {
                total = total.add(new BigDecimal(number.toString()).multiply(BigDecimal.valueOf(scale[i])));
            } else if (value != null) {
                throw PythonValues.typeError("unsupported type for timedelta " + names[i] + " component: "
                        + PythonValues.typeName(value));
            }
        }
        return new PythonTimedelta(total.setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact());
    }

    long micros() {
        return micros;
    }

    long days() {
        return Math.floorDiv(micros, MICROS_PER_DAY);
    }

    long seconds() {
        return Math.floorMod(micros, MICROS_PER_DAY) / MICROS_PER_SECOND;
    }

    long microseconds() {
        return Math.floorMod(micros, MICROS_PER_SECOND);
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "days" -> days();
            case "seconds" -> seconds();
            case "microseconds" -> microseconds();
            default -> null;
        };
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "total_seconds" -> micros / (double) MICROS_PER_SECOND;
            case "__add__" -> new PythonTimedelta(micros + ((PythonTimedelta) arguments.required(0, "other", name)).micros);
            case "__sub__" -> new PythonTimedelta(micros - ((PythonTimedelta) arguments.required(0, "other", name)).micros);
            case "__neg__" -> new PythonTimedelta(-micros);
            default -> NO_SUCH_METHOD;
        };
    }

    @Override
    public int compareTo(PythonTimedelta other) {
        return Long.compare(micros, other.micros);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PythonTimedelta delta && delta.micros == micros;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(micros);
    }

    /** {@code 1 day, 2:03:04}, {@code -1 day, 23:59:59}, {@code 0:00:00.500000}. */
    @Override
    public String toString() {
        long days = days();
        long seconds = seconds();
        String clock = String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        if (microseconds() != 0) {
            clock += String.format(".%06d", microseconds());
        }
        if (days == 0) {
            return clock;
        }
        return days + (Math.abs(days) == 1 ? " day, " : " days, ") + clock;
    }
}
