package io.github.bpsconnector.metadata.io;

import java.util.List;

/**
 * How the text of one template cell becomes a value of the model.
 *
 * @param <T> the value type
 */
interface ValueFormat<T> {

    /**
     * The value of a non-blank cell.
     *
     * @param text the cell's text, stripped of surrounding white space, never blank
     * @throws InvalidCellException when the text is not a value of this format
     */
    T parse(String text) throws InvalidCellException;

    /** How to write a value, in Indonesian, for the template's instructions. */
    String describe();

    /** The values a drop-down offers, or empty for free input. */
    default List<String> choices() {
        return List.of();
    }

    /** Whether a cell may hold several values (no drop-down then). */
    default boolean isList() {
        return false;
    }

    /** The code list behind the drop-down, or {@code null}. */
    default Class<?> codeList() {
        return null;
    }
}
