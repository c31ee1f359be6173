package io.github.bpsconnector.metadata.code;

import java.util.List;
import java.util.OptionalInt;

/**
 * A closed list of coded answers on a metadata form (e.g. R.4.2 Frekuensi Penyelenggaraan). Implemented by enums:
 * the enum constant's {@link #name()} is the <em>named value</em> that the model and the canonical JSON store;
 * code numbers are only a property of a printed {@link FormVersion}.
 *
 * <p>Use {@link CodeLists#parse(Class, String)} to read a value from any accepted spelling.
 */
public interface CodeList {

    /** The named value: the enum constant's name, e.g. {@code "BERULANG"}. */
    String name();

    /** The data behind this value; the default methods below read it. */
    CodeInfo info();

    /** The form item this list belongs to, e.g. {@code "R.4.2 Frekuensi Penyelenggaraan"}. */
    String formItem();

    /** The label printed on the form, in Indonesian, e.g. {@code "Berulang"}. */
    default String label() {
        return info().label();
    }

    /** The code number printed for this value in {@code version}, or empty when that version lacks the option. */
    default OptionalInt code(FormVersion version) {
        return info().code(version);
    }

    /**
     * The name INDAH's v2 API uses for this value: an enum string such as {@code "BERULANG"} for a single choice,
     * or the key of the boolean in the choice object such as {@code "wawancara"} for a multiple choice.
     */
    default String indahName() {
        String override = info().indahNameOverride();
        return override != null ? override : name();
    }

    /** Other spellings seen in public integrations that also parse to this value. */
    default List<String> aliases() {
        return info().aliases();
    }
}
