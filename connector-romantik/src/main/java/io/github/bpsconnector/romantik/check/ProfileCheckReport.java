package io.github.bpsconnector.romantik.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a profile check found: one {@link Finding} per profile entry (and per status label or unknown page seen).
 * {@link #toText()} is the report for the official, in Indonesian. It holds no cookie, token or form value: only
 * selectors, names, paths and labels.
 */
public final class ProfileCheckReport {

    /** How one entry fared. */
    public enum Result {
        /** The saved pages have what the entry describes. */
        MATCHES("COCOK"),
        /** Pages of its kind were saved, but none has it. */
        MISSING("TIDAK COCOK"),
        /** No saved page of its kind: not checked. */
        NOT_CHECKED("TIDAK DIPERIKSA");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        /** The label in the report. */
        public String label() {
            return label;
        }
    }

    /**
     * One entry's result.
     *
     * @param entry the profile entry, dotted (e.g. {@code selectors.list.row})
     * @param value its value in the profile
     * @param result how it fared
     * @param detail where it was found, or what the pages have instead (Indonesian)
     */
    public record Finding(String entry, String value, Result result, String detail) {
    }

    private final List<Finding> findings;
    private final int pages;

    ProfileCheckReport(List<Finding> findings, int pages) {
        this.findings = List.copyOf(findings);
        this.pages = pages;
    }

    /** Every finding, in profile order. */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings with this result. */
    public List<Finding> findings(Result result) {
        return findings.stream().filter(finding -> finding.result() == result).toList();
    }

    /** The finding of one entry, if it was reported. */
    public java.util.Optional<Finding> finding(String entry) {
        return findings.stream().filter(finding -> finding.entry().equals(entry)).findFirst();
    }

    /** Whether nothing checked was missing. */
    public boolean allMatched() {
        return findings(Result.MISSING).isEmpty();
    }

    /** The report as text, for the official: a summary, then the entries that do not match first. */
    public String toText() {
        Map<Result, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::result,
                Collectors.counting()));
        StringBuilder text = new StringBuilder("Pemeriksaan profil Romantik terhadap ").append(pages)
                .append(" halaman tersimpan: ")
                .append(counts.getOrDefault(Result.MATCHES, 0L)).append(" cocok, ")
                .append(counts.getOrDefault(Result.MISSING, 0L)).append(" tidak cocok, ")
                .append(counts.getOrDefault(Result.NOT_CHECKED, 0L)).append(" tidak diperiksa.\n");
        for (Result result : List.of(Result.MISSING, Result.MATCHES, Result.NOT_CHECKED)) {
            for (Finding finding : findings(result)) {
                text.append('[').append(result.label()).append("] ").append(finding.entry()).append(" = ")
                        .append(finding.value()).append(": ").append(finding.detail()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "ProfileCheckReport[" + findings.size() + " findings, " + findings(Result.MISSING).size()
                + " missing]";
    }
}
