package io.github.bpsconnector.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * Blok III Perencanaan dan Persiapan of MS-Keg.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param background R.3.1 Latar Belakang Kegiatan. INDAH: {@code blok_iii.latar_belakang_kegiatan}.
 * @param objective R.3.2 Tujuan Kegiatan. INDAH: {@code blok_iii.tujuan_kegiatan}.
 * @param schedule R.3.3 Rencana Jadwal Kegiatan: date ranges per phase. INDAH:
 *        {@code blok_iii.rencana_jadwal_kegiatan}, a list of {awal, akhir} per phase.
 * @param collectedVariables R.3.4 Variabel (Karakteristik) yang Dikumpulkan. INDAH:
 *        {@code blok_iii.variabel_yang_dikumpulkan}.
 */
public record Planning(
        String background,
        String objective,
        Schedule schedule,
        List<CollectedVariable> collectedVariables) {

    /** The Planning with nothing filled. */
    public static final Planning EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public Planning {
        background = Values.text(background);
        objective = Values.text(objective);
        schedule = Values.orEmpty(schedule, Schedule.EMPTY);
        collectedVariables = Values.list(collectedVariables, "collectedVariables");
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.background = background;
        b.objective = objective;
        b.schedule = schedule;
        b.collectedVariables.addAll(collectedVariables);
        return b;
    }

    /** Builds a {@link Planning}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String background;
        private String objective;
        private Schedule schedule;
        private final List<CollectedVariable> collectedVariables = new ArrayList<>();

        private Builder() {
        }

        /** R.3.1 Latar Belakang Kegiatan. INDAH: {@code blok_iii.latar_belakang_kegiatan}. */
        public Builder background(String value) {
            this.background = value;
            return this;
        }

        /** R.3.2 Tujuan Kegiatan. INDAH: {@code blok_iii.tujuan_kegiatan}. */
        public Builder objective(String value) {
            this.objective = value;
            return this;
        }

        /**
         * R.3.3 Rencana Jadwal Kegiatan: date ranges per phase. INDAH: {@code blok_iii.rencana_jadwal_kegiatan}, a
         * list of {awal, akhir} per phase.
         */
        public Builder schedule(Schedule value) {
            this.schedule = value;
            return this;
        }

        /**
         * Replaces the entries of R.3.4 Variabel (Karakteristik) yang Dikumpulkan. INDAH:
         * {@code blok_iii.variabel_yang_dikumpulkan}.
         */
        public Builder collectedVariables(List<CollectedVariable> values) {
            Values.replace(collectedVariables, values);
            return this;
        }

        /**
         * Adds one entry to R.3.4 Variabel (Karakteristik) yang Dikumpulkan. INDAH:
         * {@code blok_iii.variabel_yang_dikumpulkan}.
         */
        public Builder addCollectedVariable(CollectedVariable value) {
            this.collectedVariables.add(value);
            return this;
        }

        /** The Planning; never throws for a missing item. */
        public Planning build() {
            return new Planning(background, objective, schedule, collectedVariables);
        }
    }
}
