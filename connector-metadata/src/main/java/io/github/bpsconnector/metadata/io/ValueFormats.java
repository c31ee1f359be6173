package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.ValueDomainEntry;
import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.CodeLists;
import io.github.bpsconnector.metadata.code.UnknownCodeException;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@link ValueFormat}s of the template. List cells are split as the template's instructions say: coded values
 * and dates at {@code ;}, {@code |} or a line break; free-text entries only at {@code |} or a line break (free text
 * may contain {@code ;}).
 */
final class ValueFormats {

    private static final Pattern CODE_SEPARATORS = Pattern.compile("[;|\\r\\n]");
    private static final Pattern TEXT_SEPARATORS = Pattern.compile("[|\\r\\n]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern ISO_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}(-[0-9]{2})?");

    private ValueFormats() {
    }

    /** Free text; line breaks become {@code \n}. */
    static final ValueFormat<String> TEXT = simple("teks", ValueFormats::normalizeLineBreaks);

    /** A whole number, 0 or more. */
    static final ValueFormat<Integer> COUNT = simple("bilangan bulat 0 atau lebih, tanpa pemisah ribuan", text -> {
        if (!DIGITS.matcher(text).matches()) {
            throw new InvalidCellException(ImportProblemKind.BAD_NUMBER, null, "bukan bilangan bulat; tulis angka "
                    + "saja tanpa titik, koma atau spasi (mis. 25)");
        }
        return Integer.valueOf(text);
    });

    /** A year of four digits. */
    static final ValueFormat<Integer> YEAR_FORMAT = simple("tahun empat angka, mis. 2018", text -> {
        if (!YEAR.matcher(text).matches() || text.charAt(0) == '0') {
            throw new InvalidCellException(ImportProblemKind.BAD_NUMBER, null,
                    "bukan tahun; tulis empat angka (mis. 2018)");
        }
        return Integer.valueOf(text);
    });

    /** Ya/Tidak, also true/false, 1/0 and the printed code 2 for Tidak. */
    static final ValueFormat<Boolean> YES_NO = new ValueFormat<>() {
        @Override
        public Boolean parse(String text) throws InvalidCellException {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "ya", "y", "yes", "true", "1":
                    return Boolean.TRUE;
                case "tidak", "t", "n", "no", "false", "0", "2":
                    return Boolean.FALSE;
                default:
                    throw new InvalidCellException(ImportProblemKind.BAD_BOOLEAN, null,
                            "bukan jawaban Ya/Tidak; tulis Ya atau Tidak (juga diterima: true/false, 1/0)");
            }
        }

        @Override
        public String describe() {
            return "Ya atau Tidak (juga true/false, 1/0)";
        }

        @Override
        public List<String> choices() {
            return List.of("Ya", "Tidak");
        }
    };

    /** A day ({@code yyyy-MM-dd}) or a month ({@code yyyy-MM}). */
    static final ValueFormat<PartialDate> DATE = simple("tanggal yyyy-MM-dd, atau yyyy-MM bila hanya bulan",
            ValueFormats::date);

    /** Several dates. */
    static final ValueFormat<List<PartialDate>> DATES = list(
            "satu atau lebih tanggal (yyyy-MM-dd atau yyyy-MM), dipisah ;", text -> {
                List<PartialDate> dates = new ArrayList<>();
                for (String part : split(text, CODE_SEPARATORS)) {
                    if (!part.isEmpty()) {
                        dates.add(date(part));
                    }
                }
                return dates;
            });

    /**
     * Dates by position, for a schedule column paired with another: an empty entry between separators keeps its
     * place as {@code null}.
     */
    static final ValueFormat<List<PartialDate>> DATE_SLOTS = list(
            "tanggal yyyy-MM-dd atau yyyy-MM; beberapa putaran dipisah ; dalam urutan yang sama dengan kolom "
                    + "pasangannya (_awal/_akhir)", text -> {
                List<PartialDate> dates = new ArrayList<>();
                for (String part : split(text, CODE_SEPARATORS)) {
                    dates.add(part.isEmpty() ? null : date(part));
                }
                return dates;
            });

    /** Several free-text entries. */
    static final ValueFormat<List<String>> TEXTS = list(
            "daftar teks: satu entri per baris dalam sel (Alt+Enter) atau dipisah |", text ->
                    split(text, TEXT_SEPARATORS).stream().filter(s -> !s.isEmpty()).toList());

    /** The value domain of MS-Var column (9): {@code kode=nilai} entries. */
    static final ValueFormat<List<ValueDomainEntry>> VALUE_DOMAIN = list(
            "daftar kode=nilai, satu per baris dalam sel (Alt+Enter) atau dipisah |, mis. 1=tidak puas", text -> {
                List<ValueDomainEntry> entries = new ArrayList<>();
                for (String part : split(text, TEXT_SEPARATORS)) {
                    if (part.isEmpty()) {
                        continue;
                    }
                    int eq = part.indexOf('=');
                    if (eq <= 0) {
                        throw new InvalidCellException(ImportProblemKind.BAD_LIST_ENTRY, part,
                                "entri klasifikasi isian tidak berbentuk kode=nilai (mis. 1=tidak puas)");
                    }
                    entries.add(new ValueDomainEntry(part.substring(0, eq).strip(), part.substring(eq + 1).strip()));
                }
                return entries;
            });

    /** An MS-Ind formula; its symbols become LaTeX. */
    static final ValueFormat<String> LATEX = simple("rumus; simbol seperti Σ × ÷ ≤ ≥ √ π ² diubah menjadi LaTeX",
            text -> {
                try {
                    return FormulaToLatex.convert(normalizeLineBreaks(text));
                } catch (IllegalArgumentException e) {
                    throw new InvalidCellException(ImportProblemKind.BAD_FORMULA, null, "rumus tidak dapat diubah "
                            + "ke LaTeX: akar bersarang lebih dari " + FormulaToLatex.MAX_ROOT_DEPTH + " tingkat");
                }
            });

    /** One value of a code list, by its label, named value, INDAH name or alias. */
    static <E extends Enum<E> & CodeList> ValueFormat<E> code(Class<E> type) {
        return new ValueFormat<>() {
            @Override
            public E parse(String text) throws InvalidCellException {
                return parseCode(type, text);
            }

            @Override
            public String describe() {
                return "satu nilai dari daftar kode " + type.getSimpleName() + " (lembar kode)";
            }

            @Override
            public List<String> choices() {
                return labels(type);
            }

            @Override
            public Class<?> codeList() {
                return type;
            }
        };
    }

    /** Several values of a code list (a multiple-choice item). */
    static <E extends Enum<E> & CodeList> ValueFormat<Set<E>> codes(Class<E> type) {
        return new ValueFormat<>() {
            @Override
            public Set<E> parse(String text) throws InvalidCellException {
                Set<E> values = EnumSet.noneOf(type);
                for (String part : split(text, CODE_SEPARATORS)) {
                    if (!part.isEmpty()) {
                        values.add(parseCode(type, part));
                    }
                }
                return values;
            }

            @Override
            public String describe() {
                return "satu atau lebih nilai dari daftar kode " + type.getSimpleName()
                        + " (lembar kode), dipisah ; atau |";
            }

            @Override
            public boolean isList() {
                return true;
            }

            @Override
            public Class<?> codeList() {
                return type;
            }
        };
    }

    /** The labels of a code list, in form order. */
    static List<String> labels(Class<? extends CodeList> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodeList::label).toList();
    }

    private static <E extends Enum<E> & CodeList> E parseCode(Class<E> type, String text)
            throws InvalidCellException {
        try {
            return CodeLists.parse(type, text);
        } catch (UnknownCodeException e) {
            String allowed = labels(type).stream().collect(Collectors.joining("; "));
            throw new InvalidCellException(ImportProblemKind.UNKNOWN_CODE, text, "nilai '" + text
                    + "' tidak ada dalam daftar kode " + e.codeList() + " (" + e.formItem()
                    + "). Nilai yang diterima: " + allowed);
        }
    }

    private static PartialDate date(String text) throws InvalidCellException {
        try {
            return PartialDate.parse(text);
        } catch (DateTimeParseException e) {
            String why = ISO_SHAPE.matcher(text).matches()
                    ? "tanggal atau bulan itu tidak ada dalam kalender"
                    : "bukan tanggal; tulis yyyy-MM-dd (mis. 2018-08-15) atau yyyy-MM bila hanya bulan (mis. 2018-08)";
            throw new InvalidCellException(ImportProblemKind.BAD_DATE, text, why);
        }
    }

    private static List<String> split(String text, Pattern separators) {
        return Arrays.stream(separators.split(text.replace("\r\n", "\n"), -1)).map(String::strip).toList();
    }

    private static String normalizeLineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A parser step that may refuse the text. */
    private interface Parser<T> {
        T parse(String text) throws InvalidCellException;
    }

    private static <T> ValueFormat<T> simple(String description, Parser<T> parser) {
        return format(description, parser, false);
    }

    private static <T> ValueFormat<T> list(String description, Parser<T> parser) {
        return format(description, parser, true);
    }

    private static <T> ValueFormat<T> format(String description, Parser<T> parser, boolean list) {
        return new ValueFormat<>() {
            @Override
            public T parse(String text) throws InvalidCellException {
                return parser.parse(text);
            }

            @Override
            public String describe() {
                return description;
            }

            @Override
            public boolean isList() {
                return list;
            }
        };
    }
}
