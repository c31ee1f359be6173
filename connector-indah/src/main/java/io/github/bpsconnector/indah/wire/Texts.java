package io.github.bpsconnector.indah.wire;

import java.util.List;

/** Small text helpers of the wire mapping. */
final class Texts {

    private Texts() {
    }

    /** A list the model holds as one text: empty is {@code null}, several are joined with {@code "; "}. */
    static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }
}
