package io.github.bpsconnector.workflow.document;

import java.util.List;
import java.util.Objects;

/** Normalisation of the input records' texts. */
final class Texts {

    private Texts() {
    }

    /** {@code value} stripped; {@code null} when blank. */
    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The non-blank entries, stripped; {@code null} becomes empty. */
    static List<String> strip(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(Texts::strip).filter(Objects::nonNull).toList();
    }
}
