package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.romantik.FieldSpec.Option;
import io.github.bpsconnector.testkit.romantik.FormSchema.FormBlock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reading stored or posted form values for display: choice labels and row numbers. */
final class FormText {

    private FormText() {
    }

    /** The label of a choice of the field {@code name}, or the value itself when it is not a known choice. */
    static String choiceLabel(String name, String value) {
        for (FormBlock block : FormSchema.blocks()) {
            for (FieldSpec field : block.fields()) {
                if (field.name().equals(name)) {
                    Option option = field.option(value);
                    return option == null ? value : option.label();
                }
            }
        }
        return value;
    }

    /** What a scalar or multi-choice field shows: choice labels joined by commas. */
    static String display(FieldSpec field, List<String> values) {
        if (field.options().isEmpty()) {
            return String.join(", ", values);
        }
        return values.stream().map(value -> {
            Option option = field.option(value);
            return option == null ? value : option.label();
        }).collect(Collectors.joining(", "));
    }

    /** The row numbers present for the row field {@code name}, ascending. */
    static TreeSet<Integer> rowIndices(Map<String, List<String>> values, String name) {
        Pattern rowKey = Pattern.compile(Pattern.quote(name) + "\\[(\\d{1,4})\\]\\[[a-z_]+\\]");
        TreeSet<Integer> indices = new TreeSet<>();
        for (String key : values.keySet()) {
            Matcher matcher = rowKey.matcher(key);
            if (matcher.matches()) {
                indices.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return indices;
    }

    static String cellName(String rowField, int index, String column) {
        return rowField + "[" + index + "][" + column + "]";
    }
}
