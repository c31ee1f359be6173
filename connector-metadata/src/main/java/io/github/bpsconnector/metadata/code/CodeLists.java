package io.github.bpsconnector.metadata.code;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lookups over the {@link CodeList} enums: parsing any accepted spelling, reading code numbers of a form version
 * and decoding the sums of powers of two that multi-choice items are written as.
 */
public final class CodeLists {

    /** Every code list of the MS-Keg form, in form order. */
    public static final List<Class<? extends CodeList>> ALL = List.of(
            StatisticsType.class, CollectionType.class, Sector.class, YesNo.class, SchedulePhase.class,
            Repetition.class, Frequency.class, CollectionDesign.class, GeoCoverage.class, CollectionMethod.class,
            CollectionMode.class, CollectionUnit.class, SampleStageType.class, SampleSelection.class,
            SamplingMethod.class, SamplingFrame.class, QualityCheckMethod.class, FieldStaffType.class,
            Education.class, AnalysisMethod.class, AnalysisUnit.class, PresentationLevel.class);

    private static final ClassValue<Map<String, CodeList>> INDEX = new ClassValue<>() {
        @Override
        protected Map<String, CodeList> computeValue(Class<?> type) {
            return buildIndex(type);
        }
    };

    private CodeLists() {
    }

    /**
     * Parses a value of a code list from its named value, its INDAH name, its label or one of its aliases,
     * ignoring case, spaces, underscores and punctuation ({@code "single stage/phase"},
     * {@code "SINGLE_STAGE_PHASE"} and {@code "SINGLE_STAGE_ATAU_PHASE"} all parse). Code numbers are not accepted
     * here; use {@link #parse(Class, FormVersion, String)} for those.
     *
     * @throws UnknownCodeException when nothing matches
     */
    public static <E extends Enum<E> & CodeList> E parse(Class<E> type, String value) {
        Objects.requireNonNull(value, "value");
        CodeList found = INDEX.get(type).get(normalize(value));
        if (found == null) {
            throw unknown(type, value, "expected one of " + namedValues(type));
        }
        return type.cast(found);
    }

    /**
     * Like {@link #parse(Class, String)}, but a value made only of digits is read as the code number of
     * {@code version}.
     *
     * @throws UnknownCodeException when nothing matches
     */
    public static <E extends Enum<E> & CodeList> E parse(Class<E> type, FormVersion version, String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9') && trimmed.length() < 10) {
            return fromCode(type, version, Integer.parseInt(trimmed));
        }
        return parse(type, value);
    }

    /**
     * The value printed with {@code code} on the {@code version} form.
     *
     * @throws UnknownCodeException when no value, or more than one, has that code in that version
     */
    public static <E extends Enum<E> & CodeList> E fromCode(Class<E> type, FormVersion version, int code) {
        List<E> matches = EnumSet.allOf(type).stream()
                .filter(e -> e.code(version).orElse(-1) == code)
                .collect(Collectors.toList());
        if (matches.size() != 1) {
            String why = matches.isEmpty()
                    ? "no value has code " + code + " in " + version
                    : "code " + code + " is ambiguous in " + version + ": " + matches;
            throw unknown(type, String.valueOf(code), why);
        }
        return matches.get(0);
    }

    /**
     * Decodes a multi-choice answer written as the sum of its codes (e.g. 5 = 1 + 4), as the forms do.
     *
     * @throws UnknownCodeException     when the sum contains a part that is no value's code
     * @throws IllegalArgumentException when the list's codes in {@code version} are not distinct powers of two
     */
    public static <E extends Enum<E> & CodeList> Set<E> fromCodeSum(Class<E> type, FormVersion version, int sum) {
        requirePowersOfTwo(type, version);
        EnumSet<E> result = EnumSet.noneOf(type);
        int rest = sum;
        for (E value : type.getEnumConstants()) {
            OptionalInt code = value.code(version);
            if (code.isPresent() && (rest & code.getAsInt()) != 0) {
                result.add(value);
                rest &= ~code.getAsInt();
            }
        }
        if (rest != 0 || sum < 0) {
            throw unknown(type, String.valueOf(sum), "the sum " + sum + " is not made of the codes of " + version);
        }
        return Collections.unmodifiableSet(result);
    }

    /**
     * The sum of the codes of {@code values} in {@code version}, as a multi-choice answer is written on the form.
     *
     * @throws IllegalArgumentException when a value has no code in that version, or the list's codes are not
     *                                  distinct powers of two
     */
    public static <E extends Enum<E> & CodeList> int codeSum(Class<E> type, FormVersion version,
                                                             Collection<E> values) {
        requirePowersOfTwo(type, version);
        int sum = 0;
        for (E value : values) {
            sum |= value.code(version).orElseThrow(() -> new IllegalArgumentException(
                    value + " has no code in " + version));
        }
        return sum;
    }

    /** The form item of a code list, e.g. {@code "R.4.2 Frekuensi Penyelenggaraan"}. */
    public static String formItem(Class<? extends CodeList> type) {
        return type.getEnumConstants()[0].formItem();
    }

    /** The normalised key under which spellings are compared: upper case letters and digits only. */
    static String normalize(String value) {
        StringBuilder key = new StringBuilder(value.length());
        for (char c : value.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static Map<String, CodeList> buildIndex(Class<?> type) {
        Map<String, CodeList> index = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            CodeList value = (CodeList) constant;
            for (String spelling : spellings(value)) {
                String key = normalize(spelling);
                CodeList previous = index.putIfAbsent(key, value);
                if (key.isEmpty() || (previous != null && previous != value)) {
                    throw new IllegalStateException(type.getSimpleName() + ": spelling '" + spelling
                            + "' is empty or claimed by both " + previous + " and " + value);
                }
            }
        }
        return Map.copyOf(index);
    }

    private static List<String> spellings(CodeList value) {
        List<String> spellings = new java.util.ArrayList<>(value.aliases());
        spellings.add(value.name());
        spellings.add(value.indahName());
        spellings.add(value.label());
        return spellings;
    }

    private static <E extends Enum<E> & CodeList> void requirePowersOfTwo(Class<E> type, FormVersion version) {
        int seen = 0;
        for (E value : type.getEnumConstants()) {
            OptionalInt code = value.code(version);
            if (code.isEmpty()) {
                continue;
            }
            int c = code.getAsInt();
            if (Integer.bitCount(c) != 1 || (seen & c) != 0) {
                throw new IllegalArgumentException(type.getSimpleName() + " is not coded as powers of two in "
                        + version);
            }
            seen |= c;
        }
    }

    private static String namedValues(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E> & CodeList> UnknownCodeException unknown(Class<E> type, String value,
                                                                                String why) {
        String item = formItem(type);
        return new UnknownCodeException(type.getSimpleName(), item, value,
                "Unknown value '" + value + "' for " + type.getSimpleName() + " (" + item + "): " + why);
    }
}
