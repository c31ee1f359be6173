package io.github.bpsconnector.metadata.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every violation one validation found, all at once, sorted by field path (MS-Keg first, then each MS-Var and
 * MS-Ind in package order; numbers in paths compare as numbers), then by severity and rule id. Immutable and
 * thread-safe.
 */
public final class ValidationReport {

    /** The report of a validation that found nothing. */
    public static final ValidationReport EMPTY = new ValidationReport(List.of());

    private static final Comparator<Violation> ORDER = Comparator
            .comparing(Violation::fieldPath, FieldPathOrder.INSTANCE)
            .thenComparing(Violation::severity)
            .thenComparing(Violation::ruleId)
            .thenComparing(Violation::message);

    private final List<Violation> violations;

    private ValidationReport(List<Violation> sorted) {
        this.violations = sorted;
    }

    /**
     * A report holding {@code violations}, sorted.
     *
     * @throws NullPointerException when the collection or an element is {@code null}
     */
    public static ValidationReport of(Collection<Violation> violations) {
        List<Violation> copy = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            copy.add(Objects.requireNonNull(v, "violation"));
        }
        copy.sort(ORDER);
        return copy.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(copy));
    }

    /** Every violation, sorted; unmodifiable. */
    public List<Violation> violations() {
        return violations;
    }

    /** Whether nothing blocks sending: no {@link Severity#ERROR}. Warnings and infos may remain. */
    public boolean isValid() {
        return violations.stream().noneMatch(Violation::isError);
    }

    /** Whether there is no violation at all, not even a warning or an info. */
    public boolean isClean() {
        return violations.isEmpty();
    }

    /** The errors, sorted. */
    public List<Violation> errors() {
        return bySeverity(Severity.ERROR);
    }

    /** The warnings, sorted. */
    public List<Violation> warnings() {
        return bySeverity(Severity.WARNING);
    }

    /** The infos, sorted. */
    public List<Violation> infos() {
        return bySeverity(Severity.INFO);
    }

    /** The violations of one severity, sorted. */
    public List<Violation> bySeverity(Severity severity) {
        return filter(v -> v.severity() == severity);
    }

    /** The violations of one rule, e.g. {@code byRule("C1")}, sorted. */
    public List<Violation> byRule(String ruleId) {
        return filter(v -> v.ruleId().equals(ruleId));
    }

    /**
     * The violations at {@code path} or below it: {@code underPath("msVar[2]")} returns those of the third MS-Var,
     * {@code underPath("msKeg.design")} those of Blok IV.
     */
    public List<Violation> underPath(String path) {
        return filter(v -> isAtOrBelow(v.fieldPath(), path));
    }

    /** The violations matching {@code predicate}, sorted. */
    public List<Violation> filter(Predicate<? super Violation> predicate) {
        return violations.stream().filter(predicate).toList();
    }

    /** The distinct rule ids reported, in report order. */
    public Set<String> ruleIds() {
        return violations.stream().map(Violation::ruleId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The most serious severity reported, or empty when the report is clean. */
    public Optional<Severity> highestSeverity() {
        return violations.stream().map(Violation::severity).min(Comparator.naturalOrder());
    }

    /** A report holding the violations of both reports. */
    public ValidationReport merge(ValidationReport other) {
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        return of(all);
    }

    /**
     * The report for officials, in Indonesian: a summary line, then one line per violation sorted by path (see
     * {@link Violation#toLine()}).
     */
    public String toText() {
        StringBuilder text = new StringBuilder(summary());
        for (Violation v : violations) {
            text.append(System.lineSeparator()).append(v.toLine());
        }
        return text.toString();
    }

    /** The summary line, e.g. {@code "Hasil validasi: 2 kesalahan, 1 peringatan, 0 info."}. */
    public String summary() {
        if (violations.isEmpty()) {
            return "Hasil validasi: tidak ada temuan.";
        }
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Violation v : violations) {
            counts.merge(v.severity(), 1L, Long::sum);
        }
        return "Hasil validasi: " + counts.getOrDefault(Severity.ERROR, 0L) + " kesalahan, "
                + counts.getOrDefault(Severity.WARNING, 0L) + " peringatan, "
                + counts.getOrDefault(Severity.INFO, 0L) + " info.";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport && violations.equals(((ValidationReport) o).violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    /** The summary line. */
    @Override
    public String toString() {
        return summary();
    }

    private static boolean isAtOrBelow(String fieldPath, String path) {
        if (!fieldPath.startsWith(path)) {
            return false;
        }
        if (fieldPath.length() == path.length()) {
            return true;
        }
        char next = fieldPath.charAt(path.length());
        return next == '.' || next == '[';
    }
}
