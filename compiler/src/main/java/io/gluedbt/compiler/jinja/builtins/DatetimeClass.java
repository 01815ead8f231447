package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** The class {@code datetime.datetime}: {@code now(tz=None)}, {@code utcnow()}, {@code today()}, {@code strptime}, {@code fromisoformat}. */
final class DatetimeClass implements PythonObject {
    private final Clock clock;

    DatetimeClass(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }


    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "now" -> {
                Object tz = arguments.get(0, "tz", null);
                if (tz instanceof PythonTimezone timezone) {
                    yield new PythonDatetime(LocalDateTime.ofInstant(clock.instant(), timezone.zone()), timezone.zone());
                }
                yield new PythonDatetime(LocalDateTime.ofInstant(clock.instant(), clock.getZone()), null);
            }
            case "today" -> new PythonDatetime(LocalDateTime.ofInstant(clock.instant(), clock.getZone()), null);
            case "utcnow" -> new PythonDatetime(DatetimeModule.utcNow(clock), null);
            case "strptime" -> strptime(PythonRepr.str(arguments.required(0, "date_string", name)),
                    PythonRepr.str(arguments.required(1, "format", name)));
            case "fromisoformat" -> fromisoformat(PythonRepr.str(arguments.required(0, "date_string", name)));
            default -> NO_SUCH_METHOD;
        };
    }

    static PythonDatetime fromisoformat(String text) {
        String normalized = text.replace(' ', 'T');
        try {
            if (normalized.length() > 10 && normalized.substring(10).matches(".*([+-]\\d\\d:\\d\\d|Z)$")) {
                OffsetDateTime parsed = OffsetDateTime.parse(normalized);
                return new PythonDatetime(parsed.toLocalDateTime(), parsed.getOffset());
            }
            if (normalized.length() == 10) {
                return new PythonDatetime(java.time.LocalDate.parse(normalized).atStartOfDay(), null);
            }
            return new PythonDatetime(LocalDateTime.parse(normalized), null);
        } catch (DateTimeParseException e) {
            throw PythonValues.valueError("Invalid isoformat string: " + PythonRepr.repr(text));
        }
    }

    static PythonDatetime strptime(String text, String format) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive();
        boolean hasZone = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                builder.appendLiteral(c);
                continue;
            }
            char code = format.charAt(++i);
            hasZone |= code == 'z';
            switch (code) {
                case 'Y' -> builder.appendValue(ChronoField.YEAR, 4);
                case 'y' -> builder.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
                case 'm' -> builder.appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE);
                case 'd' -> builder.appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE);
                case 'H' -> builder.appendValue(ChronoField.HOUR_OF_DAY, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE);
                case 'I' -> builder.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE);
                case 'M' -> builder.appendValue(ChronoField.MINUTE_OF_HOUR, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE);
                case 'S' -> builder.appendValue(ChronoField.SECOND_OF_MINUTE, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE);
                case 'f' -> builder.appendFraction(ChronoField.NANO_OF_SECOND, 1, 6, false);
                case 'p' -> builder.appendText(ChronoField.AMPM_OF_DAY);
                case 'b' -> builder.appendPattern("MMM");
                case 'B' -> builder.appendPattern("MMMM");
                case 'j' -> builder.appendValue(ChronoField.DAY_OF_YEAR, 3);
                case 'z' -> builder.appendOffset("+HHMM", "+0000");
                case '%' -> builder.appendLiteral('%');
                default -> throw PythonValues.valueError("'" + code + "' is a bad directive in format '" + format + "'");
            }
        }
        DateTimeFormatter formatter = builder
                .parseDefaulting(ChronoField.MONTH_OF_YEAR, 1)
                .parseDefaulting(ChronoField.DAY_OF_MONTH, 1)
                .toFormatter(Locale.US);
        try {
            java.time.temporal.TemporalAccessor parsed = formatter.parse(text);
            LocalDateTime local = LocalDateTime.of(
                    parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR), parsed.get(ChronoField.DAY_OF_MONTH),
                    parsed.isSupported(ChronoField.HOUR_OF_DAY) ? parsed.get(ChronoField.HOUR_OF_DAY) : 0,
                    parsed.isSupported(ChronoField.MINUTE_OF_HOUR) ? parsed.get(ChronoField.MINUTE_OF_HOUR) : 0,
                    parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                    parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
            ZoneId zone = hasZone ? java.time.ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : null;
            return new PythonDatetime(local, zone);
        } catch (DateTimeParseException e) {
            throw PythonValues.valueError("time data " + PythonRepr.repr(text) + " does not match format " + PythonRepr.repr(format));
        }
    }

    @Override
    public String toString() {
        return "<class 'datetime.datetime'>";
    }
}
