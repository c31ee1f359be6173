package io.github.bpsconnector.workflow.sop;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off that is not a weekend day.
 *
 * @param date the day
 * @param name what it is, e.g. {@code Hari Raya Idul Fitri 1447 Hijriah}
 * @param kind national holiday, cuti bersama or a local day off
 */
public record Holiday(LocalDate date, String name, Kind kind) {

    /** What kind of day off a {@link Holiday} is. */
    public enum Kind {
        /** Hari libur nasional, set by Keputusan Presiden and the yearly SKB of three ministers. */
        NATIONAL,
        /** Cuti bersama: a collective leave day of the civil service (ASN), set by the same SKB. */
        CUTI_BERSAMA,
        /** A regional or office day off that the user adds (e.g. the regency's anniversary). */
        LOCAL
    }

    /** Checks that nothing is missing. */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a holiday needs a name");
        }
    }
}
