package io.github.bpsconnector.testkit.romantik;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Form values as posted: each name maps to its values in order (a checkbox group repeats its name; a row field is
 * named {@code key[i][column]}). Immutable.
 */
final class FormValues {

    static final FormValues EMPTY = new FormValues(Map.of());

    private final Map<String, List<String>> values;

    private FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    static FormValues of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return new FormValues(Collections.unmodifiableMap(copy));
    }

    /** The first value of {@code name}, trimmed, or {@code ""}. */
    String first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0).trim();
    }

    /** The first value of {@code name} exactly as posted (for passwords), or {@code ""}. */
    String raw(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0);
    }

    /** Every non-blank value of {@code name}, trimmed. */
    List<String> all(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list.stream().filter(v -> v != null && !v.isBlank()).map(String::trim)
                .toList();
    }

    Map<String, List<String>> asMap() {
        return values;
    }

    /** These values overlaid by {@code newer}: a name present in {@code newer} replaces this one's values. */
    FormValues overlaidBy(FormValues newer) {
        Map<String, List<String>> merged = new LinkedHashMap<>(values);
        merged.putAll(newer.values);
        return new FormValues(Collections.unmodifiableMap(merged));
    }

    /** These values without every name that {@code belongs} to a block. */
    FormValues without(Predicate<String> belongs) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            if (!belongs.test(name)) {
                kept.put(name, list);
            }
        });
        return new FormValues(Collections.unmodifiableMap(kept));
    }
}
