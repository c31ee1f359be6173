package io.github.bpsconnector.metadata.io;

import java.util.List;

/**
 * One non-blank row of a sheet or CSV/TSV file.
 *
 * @param number         the row number as a spreadsheet shows it (1-based)
 * @param cells          the cells from column A on; cut to the column limit when {@code tooManyColumns}
 * @param tooManyColumns whether the row had more cells than the column limit
 */
record RawRow(int number, List<RawCell> cells, boolean tooManyColumns) {

    RawRow {
        cells = List.copyOf(cells);
    }

    RawCell cell(int index) {
        return index < cells.size() ? cells.get(index) : RawCell.BLANK;
    }

    static boolean isBlank(List<RawCell> cells) {
        return cells.stream().allMatch(RawCell::isBlank);
    }
}
