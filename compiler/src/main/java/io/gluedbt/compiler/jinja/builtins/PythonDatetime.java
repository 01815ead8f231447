package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Python's {@code datetime.datetime}: naive when {@code zone} is null, aware otherwise. */
final class PythonDatetime implements PythonObject, Comparable<PythonDatetime> {
    private final LocalDateTime value;
    private final ZoneId zone;

    PythonDatetime(LocalDateTime value, ZoneId zone) {
        this.value = requireNonNull(value, "value is null");
        this.zone = zone;
    }

    PythonDatetime withZone(ZoneId newZone) {
        return new PythonDatetime(value, newZone);
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "year" -> (long) value.getYear();
            case "month" -> (long) value.getMonthValue();
            case "day" -> (long) value.getDayOfMonth();
            case "hour" -> (long) value.getHour();
            case "minute" -> (long) value.getMinute();
            case "second" -> (long) value.getSecond();
            case "microsecond" -> (long) value.getNano() / 1000;
            case "tzinfo" -> zone == null ? null : new PythonTimezone(zone);
            default -> null;
        };
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "strftime" -> Strftime.format(value, zone, PythonRepr.str(arguments.required(0, "format", name)));
            case "isoformat" -> isoformat(arguments.string(0, "sep", "T"));
            case "date" -> new PythonDate(value.toLocalDate());
            case "weekday" -> (long) value.getDayOfWeek().getValue() - 1;
            case "isoweekday" -> (long) value.getDayOfWeek().getValue();
            case "timestamp" -> instantMicros() / (double) PythonTimedelta.MICROS_PER_SECOND;
            case "replace" -> replace(arguments);
            case "astimezone" -> astimezone(arguments.get(0, "tz", null));
            case "__add__" -> plus(arguments.required(0, "other", name), 1);
            case "__sub__" -> {
                Object other = arguments.required(0, "other", name);
                if (other instanceof PythonDatetime datetime) {
                    yield new PythonTimedelta(instantMicros() - datetime.instantMicros());
                }
                yield plus(other, -1);
            }
            default -> NO_SUCH_METHOD;
        };
    }

    private long instantMicros() {
        ZonedDateTime zoned = value.atZone(zone == null ? ZoneOffset.UTC : zone);
        return zoned.toEpochSecond() * PythonTimedelta.MICROS_PER_SECOND + zoned.getNano() / 1000;
    }

    private PythonDatetime replace(PythonArguments arguments) {
        LocalDateTime replaced = LocalDateTime.of(
                arguments.integer(0, "year", value.getYear()),
                arguments.integer(1, "month", value.getMonthValue()),
                arguments.integer(2, "day", value.getDayOfMonth()),
                arguments.integer(3, "hour", value.getHour()),
                arguments.integer(4, "minute", value.getMinute()),
                arguments.integer(5, "second", value.getSecond()),
                arguments.integer(6, "microsecond", value.getNano() / 1000) * 1000);
        ZoneId newZone = zone;
        if (arguments.keywords().containsKey("tzinfo")) {
            Object tz = arguments.keywords().get("tzinfo");
            newZone = tz instanceof PythonTimezone timezone ? timezone.zone() : null;
        }
        return new PythonDatetime(replaced, newZone);
    }

    private PythonDatetime astimezone(Object tz) {
        ZoneId target = tz instanceof PythonTimezone timezone ? timezone.zone() : ZoneId.systemDefault();
        ZonedDateTime source = value.atZone(zone == null ? ZoneId.systemDefault() : zone);
        return new PythonDatetime(source.withZoneSameInstant(target).toLocalDateTime(), target);
    }

    private PythonDatetime plus(Object other, int sign) {
        if (!(other instanceof PythonTimedelta delta)) {
            throw PythonValues.typeError("unsupported operand type(s) for datetime and " + PythonValues.typeName(other));
        }
        return new PythonDatetime(value.plusNanos(sign * delta.micros() * 1000), zone);
    }

    String isoformat(String separator) {
        String text = value.toLocalDate() + separator + String.format("%02d:%02d:%02d", value.getHour(), value.getMinute(),
                value.getSecond());
        if (value.getNano() / 1000 != 0) {
            text += String.format(".%06d", value.getNano() / 1000);
        }
        if (zone != null) {
            String offset = Strftime.offset(value, zone);
            text += offset.substring(0, 3) + ":" + offset.substring(3);
        }
        return text;
    }

    @Override
    public int compareTo(PythonDatetime other) {
        return Long.compare(instantMicros(), other.instantMicros());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PythonDatetime datetime && datetime.value.equals(value)
                && java.util.Objects.equals(datetime.zone, zone);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Python's {@code str(datetime)}: {@code 2024-01-02 03:04:05}. */
    @Override
    public String toString() {
        return isoformat(" ");
    }
}
