package io.github.bpsconnector.metadata.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The columns of one template sheet and the draft its rows are read into. Every sheet has the link column
 * {@value #LINK_COLUMN}.
 *
 * @param <D> the draft of one row
 */
final class SheetLayout<D extends ActivityRow> {

    /** The column that links a row to its activity, in every sheet. */
    static final String LINK_COLUMN = "judul_kegiatan";

    private final TemplateSheet sheet;
    private final Supplier<D> drafts;
    private final List<Column<D>> columns;
    private final Map<String, Column<D>> byHeader = new HashMap<>();

    SheetLayout(TemplateSheet sheet, Supplier<D> drafts, List<Column<D>> columns) {
        this.sheet = sheet;
        this.drafts = drafts;
        this.columns = List.copyOf(columns);
        for (Column<D> column : columns) {
            register(column.key(), column);
            column.aliases().forEach(alias -> register(alias, column));
        }
        if (!byHeader.containsKey(LINK_COLUMN)) {
            throw new IllegalStateException(sheet + " has no " + LINK_COLUMN + " column");
        }
    }

    private void register(String header, Column<D> column) {
        if (byHeader.put(header, column) != null) {
            throw new IllegalStateException(sheet + " defines header " + header + " twice");
        }
    }

    TemplateSheet sheet() {
        return sheet;
    }

    List<Column<D>> columns() {
        return columns;
    }

    D newDraft() {
        return drafts.get();
    }

    /** The column with this normalised header key or alias, or {@code null}. */
    Column<D> find(String header) {
        return byHeader.get(header);
    }
}
