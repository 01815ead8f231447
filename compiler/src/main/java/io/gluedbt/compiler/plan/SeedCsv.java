package io.gluedbt.compiler.plan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A seed's CSV text parsed (RFC 4180: double-quoted fields, doubled quotes, line breaks inside quotes,
 * a leading byte-order mark and blank lines ignored).
 *
 * @param header the column names from the first line
 * @param rows the data rows; a missing trailing field is null
 */
record SeedCsv(List<String> header, List<List<String>> rows) {
    SeedCsv {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    static SeedCsv parse(String text, char delimiter) {
        requireNonNull(text, "text is null");
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int index = 0; index < content.length(); index++) {
            char current = content.charAt(index);
            if (quoted) {
                if (current == '"' && index + 1 < content.length() && content.charAt(index + 1) == '"') {
                    field.append('"');
                    index++;
                } else if (current == '"') {
                    quoted = false;
                } else {
                    field.append(current);
                }
            } else if (current == '"') {
                quoted = true;
                fieldStarted = true;
            } else if (current == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (current == '\n' || current == '\r') {
                if (current == '\r' && index + 1 < content.length() && content.charAt(index + 1) == '\n') {
                    index++;
                }
                finishRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(current);
                fieldStarted = true;
            }
        }
        finishRecord(records, record, field, fieldStarted);
        if (records.isEmpty()) {
            return new SeedCsv(List.of(), List.of());
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> values : records.subList(1, records.size())) {
            List<String> row = new ArrayList<>(values);
            while (row.size() < header.size()) {
                row.add(null);
            }
            rows.add(row);
        }
        return new SeedCsv(header, rows);
    }

    private static void finishRecord(List<List<String>> records, List<String> record, StringBuilder field, boolean fieldStarted) {
        if (fieldStarted || !record.isEmpty() || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
    }
}
