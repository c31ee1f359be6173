package io.github.bpsconnector.metadata.code;

import java.util.Objects;

/**
 * A value that is not in a code list: an unknown spelling, an unknown code number for a form version, or an
 * impossible sum of multi-choice codes. Names the list, its form item and the offending value so that an importer
 * can turn it into a report line.
 */
public class UnknownCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String codeList;
    private final String formItem;
    private final String value;

    /**
     * @param codeList the code list's simple class name, e.g. {@code "Frequency"}
     * @param formItem the form item, e.g. {@code "R.4.2 Frekuensi Penyelenggaraan"}
     * @param value    the value that was not recognised, as given
     * @param message  what went wrong
     */
    public UnknownCodeException(String codeList, String formItem, String value, String message) {
        super(message);
        this.codeList = Objects.requireNonNull(codeList, "codeList");
        this.formItem = Objects.requireNonNull(formItem, "formItem");
        this.value = value;
    }

    /** The code list's simple class name, e.g. {@code "Frequency"}. */
    public String codeList() {
        return codeList;
    }

    /** The form item the list belongs to, e.g. {@code "R.4.2 Frekuensi Penyelenggaraan"}. */
    public String formItem() {
        return formItem;
    }

    /** The value that was not recognised, as given (may be {@code null}). */
    public String value() {
        return value;
    }
}
