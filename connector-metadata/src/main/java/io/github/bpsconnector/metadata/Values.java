package io.github.bpsconnector.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Normalisation shared by the model's constructors and builders. */
final class Values {

    private Values() {
    }

    /** A text item: blank (empty or only white space) means "not filled" and becomes {@code null}. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An unmodifiable copy; {@code null} becomes empty; a {@code null} element is rejected, naming the item. */
    static <T> List<T> list(List<? extends T> values, String item) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                throw new IllegalArgumentException(item + "[" + i + "] is null");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    /** Like {@link #list}, and a blank text entry is rejected as well: a list entry has no "not filled" state. */
    static List<String> texts(List<String> values, String item) {
        List<String> copy = list(values, item);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).isBlank()) {
                throw new IllegalArgumentException(item + "[" + i + "] is blank");
            }
        }
        return copy;
    }

    /** A builder's list setter: {@code target} now holds {@code values}, or nothing when they are {@code null}. */
    static <T> void replace(List<T> target, List<? extends T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    /** {@code value}, or {@code empty} when it is {@code null}. */
    static <T> T orEmpty(T value, T empty) {
        return value == null ? empty : value;
    }
}
