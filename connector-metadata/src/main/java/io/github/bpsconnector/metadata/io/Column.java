package io.github.bpsconnector.metadata.io;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * One column of a template sheet: its header key, the form item it fills, how its text is read and where the
 * value goes in the row's draft.
 *
 * @param <D> the draft a row of the sheet is read into
 */
final class Column<D> {

    /** Puts a cell's value into a draft. */
    interface Binder<D> {
        void apply(D draft, String text) throws InvalidCellException;
    }

    private final String key;
    private final String item;
    private final ValueFormat<?> format;
    private final Binder<D> binder;
    private final List<String> aliases;

    private Column(String key, String item, ValueFormat<?> format, Binder<D> binder, List<String> aliases) {
        this.key = key;
        this.item = item;
        this.format = format;
        this.binder = binder;
        this.aliases = List.copyOf(aliases);
    }

    /**
     * A column.
     *
     * @param key    the header key (an INDAH flat key where INDAH has one)
     * @param item   the form item, in Indonesian, e.g. {@code "R.4.2 Frekuensi Penyelenggaraan"}
     * @param format how the cell's text is read
     * @param setter where the value goes
     */
    static <D, T> Column<D> of(String key, String item, ValueFormat<T> format, BiConsumer<D, T> setter) {
        return new Column<>(key, item, format, (draft, text) -> setter.accept(draft, format.parse(text)), List.of());
    }

    /** This column, also recognised under other header spellings (e.g. the correct spelling of an INDAH typo). */
    Column<D> alias(String... otherKeys) {
        return new Column<>(key, item, format, binder, List.of(otherKeys));
    }

    void apply(D draft, String text) throws InvalidCellException {
        binder.apply(draft, text);
    }

    String key() {
        return key;
    }

    String item() {
        return item;
    }

    ValueFormat<?> format() {
        return format;
    }

    List<String> aliases() {
        return aliases;
    }
}
