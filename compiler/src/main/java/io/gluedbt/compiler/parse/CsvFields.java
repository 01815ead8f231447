package io.gluedbt.compiler.parse;

/** Counts the fields of one CSV line, honouring double-quoted fields. */
final class CsvFields {
    private CsvFields() {}

    static int count(String line, char delimiter) {
        int fields = 1;
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char current = line.charAt(index);
            if (current == '"') {
                quoted = !quoted;
            } else if (current == delimiter && !quoted) {
                fields++;
            }
        }
        return fields;
    }

    static boolean hasOpenQuote(String line) {
        int quotes = 0;
        for (int index = 0; index < line.length(); index++) {
            if (line.charAt(index) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
