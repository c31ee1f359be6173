package io.github.bpsconnector.metadata.io;

import java.util.List;

/**
 * A sheet or CSV/TSV file as read, before interpretation: its non-blank rows, the first of which is the header.
 *
 * @param source     the sheet or file name used in reports
 * @param rows       the non-blank rows, in order
 * @param incomplete whether the reader could not read the sheet to its end (too many rows, an unclosed quote); the
 *                   reader has reported why
 */
record RawSheet(String source, List<RawRow> rows, boolean incomplete) {

    RawSheet {
        rows = List.copyOf(rows);
    }
}
