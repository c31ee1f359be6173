package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType;
import io.github.bpsconnector.testkit.romantik.FieldSpec.Option;
import io.github.bpsconnector.testkit.romantik.FormSchema.FormBlock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one posted block against the schema and turns it into the stored form: values trimmed, fields filled from
 * the profile, fields whose condition does not hold dropped, blank rows dropped and the rest renumbered from 0.
 * Every problem is reported at once, keyed by the posted field name (the {@code data-field} of the 422 page).
 */
final class BlockValidator {

    /** The SOP's no-backdate message, exactly as the portal shows it. */
    static final String NO_BACKDATE = "Pelaksanaan lapangan hanya dapat diisi mulai tanggal pengisian";

    private static final int MAX_ROWS = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}([.,]\\d{1,12})?");

    /** The outcome: the values to store (only when {@link #errors()} is empty) and the problems by field. */
    record Result(Map<String, List<String>> values, Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final LocalDate today;

    /** @param today the day of filling, for the no-backdate rule */
    BlockValidator(LocalDate today) {
        this.today = today;
    }

    /**
     * @param block the block posted
     * @param posted the posted values (names of other blocks are ignored)
     * @param stored what the submission holds already (for conditions on other blocks)
     * @param instansi the user's instansi, source of the profile fields
     */
    Result validate(FormBlock block, FormValues posted, FormValues stored, Instansi instansi) {
        FormValues own = posted.without(name -> !block.owns(name));
        FormValues context = stored.without(block::owns).overlaidBy(own);
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldSpec field : block.fields()) {
            if (field.isFromProfile()) {
                values.put(field.name(), List.of(field.fromProfile().apply(instansi)));
            } else if (field.when() == null || field.when().holds(context)) {
                validateField(field, own, context, values, errors);
            }
        }
        return new Result(values, errors);
    }

    private void validateField(FieldSpec field, FormValues own, FormValues context,
            Map<String, List<String>> values, Map<String, String> errors) {
        switch (field.type()) {
            case ROWS -> validateRows(field, own, values, errors);
            case CHECKBOX -> {
                List<String> ticked = new ArrayList<>(new LinkedHashSet<>(own.all(field.name())));
                if (field.required() && ticked.isEmpty()) {
                    errors.put(field.name(), field.label() + " wajib dipilih paling sedikit satu.");
                } else if (!ticked.stream().allMatch(field::hasOption)) {
                    errors.put(field.name(), "Pilihan " + field.label() + " tidak valid.");
                } else if (!ticked.isEmpty()) {
                    values.put(field.name(), List.copyOf(ticked));
                }
            }
            default -> {
                String value = scalar(field, field.name(), own.first(field.name()), context, errors);
                if (value != null) {
                    values.put(field.name(), List.of(value));
                }
            }
        }
    }

    private void validateRows(FieldSpec field, FormValues own, Map<String, List<String>> values,
            Map<String, String> errors) {
        Pattern rowKey = Pattern.compile(Pattern.quote(field.name()) + "\\[(\\d{1,4})\\]\\[([a-z_]+)\\]");
        TreeMap<Integer, Map<String, String>> rows = new TreeMap<>();
        for (String name : own.asMap().keySet()) {
            Matcher matcher = rowKey.matcher(name);
            if (matcher.matches()) {
                rows.computeIfAbsent(Integer.parseInt(matcher.group(1)), i -> new LinkedHashMap<>())
                        .put(matcher.group(2), own.first(name));
            }
        }
        rows.values().removeIf(row -> row.values().stream().allMatch(String::isEmpty));
        if (rows.isEmpty()) {
            if (field.required()) {
                errors.put(field.name(), field.label() + " wajib diisi paling sedikit satu baris.");
            }
            return;
        }
        if (rows.size() > MAX_ROWS) {
            errors.put(field.name(), field.label() + " paling banyak " + MAX_ROWS + " baris.");
            return;
        }
        int stored = 0;
        for (Map.Entry<Integer, Map<String, String>> row : rows.entrySet()) {
            Map<String, String> normalized = new LinkedHashMap<>();
            for (FieldSpec column : field.columns()) {
                String key = field.name() + "[" + row.getKey() + "][" + column.name() + "]";
                String value = scalar(column, key, row.getValue().getOrDefault(column.name(), ""), FormValues.EMPTY,
                        errors);
                if (value != null) {
                    normalized.put(column.name(), value);
                }
            }
            checkDateOrder(field.name() + "[" + row.getKey() + "]", normalized, errors);
            for (Map.Entry<String, String> cell : normalized.entrySet()) {
                values.put(field.name() + "[" + stored + "][" + cell.getKey() + "]", List.of(cell.getValue()));
            }
            stored++;
        }
    }

    private static void checkDateOrder(String rowPrefix, Map<String, String> row, Map<String, String> errors) {
        String awal = row.get("awal");
        String akhir = row.get("akhir");
        if (awal != null && akhir != null && LocalDate.parse(akhir).isBefore(LocalDate.parse(awal))) {
            errors.putIfAbsent(rowPrefix + "[akhir]", "Tanggal akhir tidak boleh sebelum tanggal awal.");
        }
    }

    /** Checks one single value; returns its stored form, or {@code null} when blank or invalid. */
    private String scalar(FieldSpec field, String key, String value, FormValues context, Map<String, String> errors) {
        if (value.isEmpty()) {
            if (field.required()) {
                errors.put(key, field.label() + " wajib diisi.");
            }
            return null;
        }
        String problem = problem(field, value, context);
        if (problem != null) {
            errors.put(key, problem);
            return null;
        }
        return field.type() == FieldType.INTEGER ? String.valueOf(Long.parseLong(value)) : value;
    }

    private String problem(FieldSpec field, String value, FormValues context) {
        return switch (field.type()) {
            case TEXT, TEXTAREA -> value.length() > FieldSpec.MAX_TEXT
                    ? field.label() + " paling banyak " + FieldSpec.MAX_TEXT + " karakter." : null;
            case EMAIL -> EMAIL.matcher(value).matches() ? null
                    : field.label() + " harus berupa alamat e-mail yang valid.";
            case INTEGER -> integerProblem(field, value);
            case DECIMAL -> DECIMAL.matcher(value).matches() && new BigDecimal(value.replace(',', '.')).signum() >= 0
                    ? null : field.label() + " harus berupa angka.";
            case DATE -> dateProblem(field, value);
            case SELECT, RADIO -> optionProblem(field, value, context);
            default -> throw new IllegalStateException("Not a scalar field: " + field.name());
        };
    }

    private static String integerProblem(FieldSpec field, String value) {
        if (!value.matches("-?\\d{1,12}")) {
            return field.label() + " harus berupa bilangan bulat.";
        }
        long number = Long.parseLong(value);
        if ((field.min() != null && number < field.min()) || (field.max() != null && number > field.max())) {
            return field.label() + " harus di antara " + field.min() + " dan " + field.max() + ".";
        }
        return null;
    }

    private String dateProblem(FieldSpec field, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return field.label() + " harus berupa tanggal dengan format yyyy-MM-dd.";
        }
        return field.noBackdate() && date.isBefore(today) ? NO_BACKDATE : null;
    }

    private static String optionProblem(FieldSpec field, String value, FormValues context) {
        Option option = field.option(value);
        if (option == null) {
            return "Pilihan " + field.label() + " tidak valid.";
        }
        if (field.optionGroupField() != null && !option.group().equals(context.first(field.optionGroupField()))) {
            return "Pilihan " + field.label() + " tidak sesuai dengan metode pemilihan sampel.";
        }
        return null;
    }
}
