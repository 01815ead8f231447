package io.gluedbt.compiler.jinja.builtins;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Python's {@code strftime} codes (C locale) on java.time values. */
final class Strftime {
    private Strftime() {}

    /** Formats {@code value}; {@code zone} is null for a naive value ({@code %z} and {@code %Z} print nothing). */
    static String format(LocalDateTime value, ZoneId zone, String pattern) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                out.append(c);
                continue;
            }
            char code = pattern.charAt(++i);
            out.append(switch (code) {
                case 'a' -> value.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
                case 'A' -> value.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
                case 'w' -> String.valueOf(value.getDayOfWeek().getValue() % 7);
                case 'u' -> String.valueOf(value.getDayOfWeek().getValue());
                case 'd' -> two(value.getDayOfMonth());
                case 'b', 'h' -> value.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
                case 'B' -> value.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
                case 'm' -> two(value.getMonthValue());
                case 'y' -> two(value.getYear() % 100);
                case 'Y' -> String.valueOf(value.getYear());
                case 'H' -> two(value.getHour());
                case 'I' -> two(value.getHour() % 12 == 0 ? 12 : value.getHour() % 12);
                case 'p' -> value.getHour() < 12 ? "AM" : "PM";
                case 'M' -> two(value.getMinute());
                case 'S' -> two(value.getSecond());
                case 'f' -> String.format("%06d", value.getNano() / 1000);
                case 'z' -> zone == null ? "" : offset(value, zone);
                case 'Z' -> zone == null ? "" : PythonTimezone.nameOf(zone, value);
                case 'j' -> String.format("%03d", value.getDayOfYear());
                case 'U' -> two(weekOfYear(value, DayOfWeek.SUNDAY));
                case 'W' -> two(weekOfYear(value, DayOfWeek.MONDAY));
                case 'G' -> String.valueOf(value.get(IsoFields.WEEK_BASED_YEAR));
                case 'V' -> two(value.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case 'c' -> format(value, zone, "%a %b ") + String.format("%2d", value.getDayOfMonth())
                        + format(value, zone, " %H:%M:%S %Y");
                case 'x' -> format(value, zone, "%m/%d/%y");
                case 'X' -> format(value, zone, "%H:%M:%S");
                case '%' -> "%";
                default -> "%" + code;
            });
        }
        return out.toString();
    }

    private static String two(int number) {
        return String.format("%02d", number);
    }

    static String offset(LocalDateTime value, ZoneId zone) {
        int seconds = ZonedDateTime.of(value, zone).getOffset().getTotalSeconds();
        int absolute = Math.abs(seconds);
        return (seconds < 0 ? "-" : "+") + two(absolute / 3600) + two(absolute / 60 % 60);
    }

    private static int weekOfYear(LocalDateTime value, DayOfWeek firstDay) {
        int dayOfYear = value.get(ChronoField.DAY_OF_YEAR) - 1;
        int weekday = (value.getDayOfWeek().getValue() - firstDay.getValue() + 7) % 7;
        return (dayOfYear - weekday + 7) / 7;
    }
}
