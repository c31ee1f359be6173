package io.github.bpsconnector.metadata;

import io.github.bpsconnector.metadata.code.SchedulePhase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * R.3.3 Rencana Jadwal Kegiatan: for each {@link SchedulePhase}, the date ranges planned for it. INDAH allows
 * several ranges per phase (repeated rounds). A phase without ranges is simply absent; the map iterates in
 * business-process order. Immutable.
 *
 * @param phases the ranges of each phase that has any; unmodifiable, never {@code null}
 */
public record Schedule(Map<SchedulePhase, List<DateRange>> phases) {

    /** The schedule with no phase filled. */
    public static final Schedule EMPTY = new Schedule(Map.of());

    /** Copies {@code phases}, dropping phases without ranges; {@code null} keys or ranges are rejected. */
    public Schedule {
        EnumMap<SchedulePhase, List<DateRange>> copy = new EnumMap<>(SchedulePhase.class);
        if (phases != null) {
            phases.forEach((phase, ranges) -> {
                if (phase == null) {
                    throw new IllegalArgumentException("schedule has a null phase");
                }
                List<DateRange> rangesCopy = Values.list(ranges, "schedule." + phase);
                if (!rangesCopy.isEmpty()) {
                    copy.put(phase, rangesCopy);
                }
            });
        }
        phases = Collections.unmodifiableMap(copy);
    }

    /** The ranges of {@code phase}, empty when none are given. */
    public List<DateRange> ranges(SchedulePhase phase) {
        return phases.getOrDefault(phase, List.of());
    }

    /** A builder starting empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting with this schedule's ranges. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        phases.forEach(builder::ranges);
        return builder;
    }

    /** Builds a {@link Schedule}. Not thread-safe. */
    public static final class Builder {
        private final Map<SchedulePhase, List<DateRange>> phases = new EnumMap<>(SchedulePhase.class);

        private Builder() {
        }

        /** Adds a range to {@code phase}. */
        public Builder add(SchedulePhase phase, DateRange range) {
            phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(range);
            return this;
        }

        /** Replaces the ranges of {@code phase}; {@code null} or empty removes the phase. */
        public Builder ranges(SchedulePhase phase, List<DateRange> ranges) {
            phases.put(phase, ranges == null ? new ArrayList<>() : new ArrayList<>(ranges));
            return this;
        }

        /** The schedule. */
        public Schedule build() {
            return new Schedule(phases);
        }
    }
}
