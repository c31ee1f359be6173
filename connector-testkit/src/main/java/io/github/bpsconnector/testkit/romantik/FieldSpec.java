package io.github.bpsconnector.testkit.romantik;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One field of a form block, named by its INDAH flat key. Conditional fields carry the condition under which they
 * are asked ({@link #when()}); a field with {@link #fromProfile()} is filled from the user's instansi and cannot be
 * edited.
 */
record FieldSpec(String name, String label, FieldType type, boolean required, List<Option> options,
        String optionGroupField, List<FieldSpec> columns, Condition when, Function<Instansi, String> fromProfile,
        Integer min, Integer max, boolean noBackdate) {

    /** Longest text the simulator accepts in one field. */
    static final int MAX_TEXT = 4000;

    enum FieldType { TEXT, TEXTAREA, INTEGER, DECIMAL, DATE, EMAIL, SELECT, RADIO, CHECKBOX, ROWS }

    /**
     * A choice; {@code group} restricts it to one value of the field named by {@link FieldSpec#optionGroupField()}.
     */
    record Option(String value, String label, String group) {
        Option(String value, String label) {
            this(value, label, null);
        }
    }

    /** "Asked only when {@code field} has one of {@code anyOf}" (checkbox: contains one of them). */
    record Condition(String field, Set<String> anyOf) {
        static Condition of(String field, String... anyOf) {
            return new Condition(field, Set.of(anyOf));
        }

        boolean holds(FormValues values) {
            return values.all(field).stream().anyMatch(anyOf::contains);
        }
    }

    FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        columns = List.copyOf(columns);
    }

    static FieldSpec of(String name, String label, FieldType type, boolean required) {
        return new FieldSpec(name, label, type, required, List.of(), null, List.of(), null, null, null, null, false);
    }

    static FieldSpec choice(String name, String label, FieldType type, boolean required, Option... options) {
        return new FieldSpec(name, label, type, required, List.of(options), null, List.of(), null, null, null, null,
                false);
    }

    static FieldSpec rows(String name, String label, boolean required, FieldSpec... columns) {
        return new FieldSpec(name, label, FieldType.ROWS, required, List.of(), null, List.of(columns), null, null,
                null, null, false);
    }

    static FieldSpec profile(String name, String label, Function<Instansi, String> source) {
        return new FieldSpec(name, label, FieldType.TEXT, false, List.of(), null, List.of(), null, source, null,
                null, false);
    }

    FieldSpec when(Condition condition) {
        return new FieldSpec(name, label, type, true, options, optionGroupField, columns, condition, fromProfile,
                min, max, noBackdate);
    }

    FieldSpec range(int lowest, int highest) {
        return new FieldSpec(name, label, type, required, options, optionGroupField, columns, when, fromProfile,
                lowest, highest, noBackdate);
    }

    FieldSpec groupedBy(String field) {
        return new FieldSpec(name, label, type, required, options, field, columns, when, fromProfile, min, max,
                noBackdate);
    }

    FieldSpec refusingBackdate() {
        return new FieldSpec(name, label, type, required, options, optionGroupField, columns, when, fromProfile, min,
                max, true);
    }

    boolean isFromProfile() {
        return fromProfile != null;
    }

    boolean hasOption(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }

    Option option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst().orElse(null);
    }
}
