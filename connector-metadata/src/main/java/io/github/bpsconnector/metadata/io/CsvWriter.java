package io.github.bpsconnector.metadata.io;

import java.util.List;

/**
 * Writes delimited text that {@link CsvReader} (and spreadsheet programs) read back unchanged: records end in CRLF;
 * a field is quoted when it holds the delimiter, a quote, CR or LF, and a quote inside is doubled. Values are
 * written as given: callers neutralise formula-like text ({@link FormulaInjection}) before.
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static String write(List<List<String>> records, char delimiter) {
        StringBuilder sb = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    sb.append(delimiter);
                }
                appendField(sb, record.get(i), delimiter);
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static void appendField(StringBuilder sb, String field, char delimiter) {
        boolean quote = field.indexOf(delimiter) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        if (!quote) {
            sb.append(field);
            return;
        }
        sb.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
}
