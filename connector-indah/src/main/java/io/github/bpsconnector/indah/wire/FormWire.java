package io.github.bpsconnector.indah.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps one metadata form of connector-metadata's model to and from the {@code data} object of INDAH's v2 envelope.
 * Writing produces every key the portal expects (with its spellings); reading is lenient: unknown keys are ignored,
 * a missing key is an unfilled item and a code the model does not know is logged and left unfilled.
 *
 * @param <T> the form: {@code MsKeg}, {@code MsVar} or {@code MsInd}
 */
public interface FormWire<T> {

    /** The {@code data} object of the form. */
    ObjectNode write(T form);

    /** The form read from a {@code data} object; a missing or non-object node reads as an empty form. */
    T read(JsonNode data);

    /** The title of the form as the portal's natural key uses it ({@code judul_kegiatan} or {@code nama}). */
    String title(T form);

    /**
     * Whether two {@code data} objects hold the same form as far as the model can tell: both are read and written
     * again, so that keys the model does not know and the order of keys do not count.
     */
    default boolean sameForm(JsonNode left, JsonNode right) {
        return write(read(left)).equals(write(read(right)));
    }
}
