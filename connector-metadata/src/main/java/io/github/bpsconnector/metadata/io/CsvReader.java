package io.github.bpsconnector.metadata.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text as RFC 4180 describes it: fields separated by a delimiter, records ended by CRLF, LF or CR,
 * fields optionally in double quotes, where a doubled quote stands for one quote and line breaks and delimiters are
 * kept. Like spreadsheet programs, it is lenient where RFC 4180 is strict: a quote inside an unquoted field, or text
 * after a closing quote, is kept as written.
 *
 * <p>Bounded: a cell keeps at most {@code maxCellChars + 1} characters (so that overflow is seen), a record at most
 * {@code maxColumns} cells, and reading stops after {@code maxRecords} non-blank records. Blank records (every cell
 * empty) are skipped but still counted in record numbers. It never throws on content.
 */
final class CsvReader {

    /**
     * One field.
     *
     * @param text      the field's text, without enclosing quotes; cut after {@code maxCellChars + 1} characters
     * @param start     the index in the input of the field's first character (an opening quote included)
     * @param end       the index after the field's last character
     * @param truncated whether the field was longer than {@code maxCellChars}
     */
    record Field(String text, int start, int end, boolean truncated) {
    }

    /**
     * One non-blank record.
     *
     * @param number         the record number, 1-based, counting blank records
     * @param fields         the fields, at most {@code maxColumns}
     * @param tooManyColumns whether the record had more fields than {@code maxColumns}
     */
    record Record(int number, List<Field> fields, boolean tooManyColumns) {
    }

    /**
     * What was read.
     *
     * @param records          the non-blank records
     * @param tooManyRecords   whether reading stopped at {@code maxRecords}
     * @param unclosedQuoteRow the number of the record whose quoted field is never closed, or 0
     */
    record Result(List<Record> records, boolean tooManyRecords, int unclosedQuoteRow) {
    }

    private final int maxRecords;
    private final int maxColumns;
    private final int maxCellChars;

    CsvReader(int maxRecords, int maxColumns, int maxCellChars) {
        this.maxRecords = maxRecords;
        this.maxColumns = maxColumns;
        this.maxCellChars = maxCellChars;
    }

    Result read(CharSequence text, char delimiter) {
        return new Parse(text, delimiter).run();
    }

    /**
     * The delimiter of a CSV file: {@code ;} if its first record has more semicolons than commas outside quotes,
     * otherwise {@code ,}.
     */
    static char detectDelimiter(CharSequence text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The state of one read. */
    private final class Parse {
        private final CharSequence in;
        private final char delimiter;
        private final List<Record> records = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private List<Field> fields = new ArrayList<>();
        private boolean tooManyColumns;
        private boolean truncated;
        private int recordNumber = 1;
        private int pos;

        Parse(CharSequence in, char delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        Result run() {
            int n = in.length();
            if (n == 0) {
                return new Result(List.of(), false, 0);
            }
            while (true) {
                int fieldStart = pos;
                if (pos < n && in.charAt(pos) == '"') {
                    int quoteRow = recordNumber;
                    if (!readQuoted()) {
                        endField(fieldStart);
                        endRecord();
                        return new Result(records, false, quoteRow);
                    }
                }
                readUnquotedRest();
                endField(fieldStart);
                if (pos >= n) {
                    endRecord();
                    break;
                }
                char c = in.charAt(pos++);
                if (c == delimiter) {
                    continue;
                }
                if (c == '\r' && pos < n && in.charAt(pos) == '\n') {
                    pos++;
                }
                endRecord();
                if (records.size() > maxRecords || pos >= n) {
                    break;
                }
            }
            if (records.size() > maxRecords) {
                records.remove(records.size() - 1);
                return new Result(records, true, 0);
            }
            return new Result(records, false, 0);
        }

        /** Reads a quoted section starting at the opening quote; false when the input ends inside it. */
        private boolean readQuoted() {
            pos++;
            while (pos < in.length()) {
                char c = in.charAt(pos++);
                if (c == '"') {
                    if (pos < in.length() && in.charAt(pos) == '"') {
                        append('"');
                        pos++;
                    } else {
                        return true;
                    }
                } else {
                    append(c);
                }
            }
            return false;
        }

        /** Reads up to the next delimiter or line break, keeping stray quotes as written. */
        private void readUnquotedRest() {
            while (pos < in.length()) {
                char c = in.charAt(pos);
                if (c == delimiter || c == '\n' || c == '\r') {
                    return;
                }
                append(c);
                pos++;
            }
        }

        private void append(char c) {
            if (cell.length() <= maxCellChars) {
                cell.append(c);
            } else {
                truncated = true;
            }
        }

        private void endField(int start) {
            if (fields.size() < maxColumns) {
                fields.add(new Field(cell.toString(), start, pos, truncated || cell.length() > maxCellChars));
            } else {
                tooManyColumns = true;
            }
            cell.setLength(0);
            truncated = false;
        }

        private void endRecord() {
            boolean blank = fields.stream().allMatch(f -> f.text().isEmpty());
            if (!blank || tooManyColumns) {
                records.add(new Record(recordNumber, fields, tooManyColumns));
            }
            recordNumber++;
            fields = new ArrayList<>();
            tooManyColumns = false;
        }
    }
}
