package io.github.bpsconnector.metadata.io;

import java.util.List;

/**
 * A sheet read into drafts.
 *
 * @param rows  the data rows, in order
 * @param fatal whether the sheet as a whole could not be read (then no package is imported)
 * @param <D>   the draft type
 */
record ParsedSheet<D extends ActivityRow>(List<ParsedRow<D>> rows, boolean fatal) {

    static <D extends ActivityRow> ParsedSheet<D> empty(boolean fatal) {
        return new ParsedSheet<>(List.of(), fatal);
    }
}
